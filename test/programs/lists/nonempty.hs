import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..), (<|))
import Data.Ord (comparing)

main :: IO ()
main = do
  let ne = 3 :| [1, 4, 1, 5, 9, 2, 6 :: Int]
      s = 'h' :| "ello"
  print (ne, s, NE.toList ne, NE.fromList "abc", NE.nonEmpty ([] :: [Int]), NE.nonEmpty "x")
  print (NE.head ne, NE.tail ne, NE.last ne, NE.init ne, NE.length ne, NE.uncons ne, NE.uncons (0 :| [] :: NonEmpty Int))
  print (NE.map (* 2) ne, 0 <| ne, NE.cons 'j' s, NE.singleton 'q', NE.reverse ne)
  print (NE.sort ne, NE.sortBy (flip compare) ne, NE.sortWith negate ne, NE.insert 4 [1, 3, 5 :: Int], NE.insert 'z' "")
  print (NE.take 3 ne, NE.drop 5 ne, NE.splitAt 2 ne, NE.takeWhile (< 5) ne, NE.dropWhile (< 5) ne)
  print (NE.span odd ne, NE.break (> 3) ne, NE.filter even ne, NE.partition even ne)
  print (NE.group "aabccc", NE.groupBy (\a b -> even a == even b) [2, 4, 1, 3, 6 :: Int], NE.group1 ('a' :| "abb"), NE.groupBy1 (\a b -> a < b) ne)
  print (NE.groupWith (`div` 3) [1 .. 10 :: Int], NE.groupAllWith (`mod` 3) [1 .. 10 :: Int], NE.groupWith1 length ("a" :| ["b", "cc", "d"]), NE.groupAllWith1 even ne)
  print (NE.isPrefixOf [3, 1] ne, NE.isPrefixOf [1] ne, NE.isPrefixOf [] ne, ne NE.!! 0, ne NE.!! 7)
  print (NE.inits [1, 2, 3 :: Int], NE.tails [1, 2, 3 :: Int], NE.inits "", NE.tails "")
  print (NE.nub ne, NE.nubBy (\a b -> a `mod` 4 == b `mod` 4) ne, NE.intersperse 0 ne)
  print (NE.take 5 (NE.iterate (* 2) 1) :: [Int], NE.take 4 (NE.repeat 'r'), NE.take 7 (NE.cycle (1 :| [2, 3 :: Int])))
  print (NE.scanl (+) 0 [1, 2, 3 :: Int], NE.scanr (+) 0 [1, 2, 3 :: Int], NE.scanl1 (+) ne, NE.scanr1 max ne)
  print (NE.zip ne s, NE.zipWith (,) s ne, NE.unzip ((1 :: Int, 'a') :| [(2, 'b')]))
  print (NE.transpose ((1 :| [2, 3]) :| [4 :| [5, 6 :: Int]]), NE.xor (True :| [True, False]), NE.xor (True :| []))
  print (NE.unfoldr (\n -> (n, if n > 3 then Nothing else Just (n + 1))) (1 :: Int))
  print (NE.unfold (\n -> (n * n, if n >= 4 then Nothing else Just (n + 1))) (1 :: Int))
  print (fmap NE.toList (NE.some1 ([] :: [Int])), NE.some1 Nothing :: Maybe (NonEmpty Int))
  print (NE.sortWith snd ((1 :: Int, 'c') :| [(2, 'a'), (3, 'b')]), NE.sortBy (comparing negate) ne)
