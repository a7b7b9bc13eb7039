import Data.List
import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Foldable as F
import Data.Maybe (mapMaybe, catMaybes)

-- how much of their argument list functions demand: infinite lists and
-- undefined elements, as GHC's base does
main :: IO ()
main = do
  let nats = [0 :: Int ..]
      bad = [1, undefined, 3] :: [Int]
  print (length bad, take 1 bad, null (undefined : undefined), length (map undefined "abc" :: [()]))
  print (take 3 (fst (partition even nats)), take 3 (snd (partition even nats)))
  print (take 3 (inits nats), take 3 (map (take 2) (tails nats)), isPrefixOf [0, 1, 2] nats)
  print (take 3 (group (concatMap (replicate 2) nats)), take 3 (nub (cycle "abc")), take 3 (nubBy (\a b -> a `mod` 5 == b `mod` 5) nats))
  print (take 3 (lines (cycle "ab\n")), take 3 (words (cycle "xy ")), take 5 (unwords (repeat "a")), take 5 (unlines (repeat "b")))
  print (take 2 (map (take 3) (transpose [nats, map negate nats])), take 5 (intercalate [0] (repeat [1, 2])), take 5 (intersperse 0 nats))
  print (take 3 (snd (mapAccumL (\s x -> (s + x, s)) 0 nats)), take 3 (scanl (+) 0 nats), take 3 (scanl' (+) 0 nats))
  print (take 3 (zip3 nats nats nats), take 2 (zip4 nats nats nats nats), take 2 (zipWith5 (\a b c d e -> a + b + c + d + e) nats nats nats nats nats))
  print (let (a, b, c, d) = unzip4 (zip4 nats nats nats nats) in (take 2 a, take 2 d))
  print (take 3 (unfoldr (\n -> Just (n, n + 1)) (0 :: Int)), take 3 (iterate' (+ 1) (0 :: Int)), take 3 (cycle [undefined, 2 :: Int]) !! 1)
  print (genericTake (3 :: Integer) nats, fst (genericSplitAt (2 :: Integer) nats), take 2 (genericDrop (5 :: Integer) nats))
  print (takeWhile (< 3) nats, fst (span (< 3) nats), fst (break (> 3) nats), take 2 (dropWhile (< 10) nats))
  print (take 3 (filter odd nats), take 3 (mapMaybe (\x -> if odd x then Just x else Nothing) nats), take 2 (catMaybes (map Just nats)))
  print (elem 10 nats, lookup 5 (zip nats "abcdefg"), findIndex (> 4) nats, elemIndex 7 nats, find (> 8) nats)
  print (take 3 (deleteBy (==) 1 nats), take 3 (insert 2 nats), take 3 (union [5, 6] nats), take 2 (intersect nats [3, 4]))
  print (take 3 (subsequences nats), take 2 (map (take 3) (permutations nats)), take 3 (concat (repeat [7 :: Int])))
  print (and (map (< 5) nats), or (map (> 5) nats), any (> 5) nats, all (< 5) nats)
  print (F.foldr (\x acc -> x < 3 && acc) True nats, foldr (\x _ -> x) 0 nats, F.toList (Just undefined) `seq` "ok")
  print (NE.take 3 (NE.fromList nats), NE.take 2 (NE.iterate (* 2) (1 :: Int)), NE.head (0 :| undefined), take 3 (NE.toList (NE.repeat 'z')))
  print (take 3 (NE.toList (NE.map (+ 1) (0 :| [1 ..]))), NE.head (NE.zip (1 :| undefined) ('a' :| undefined)), fst (NE.head (NE.zip (1 :| []) ('x' :| []))) :: Int)
  print (take 4 (NE.toList (NE.fromList nats <> NE.fromList nats)), take 3 (map NE.head (NE.group nats)), NE.head (NE.inits nats))
  print (fst (NE.splitAt 2 (NE.fromList nats)), NE.takeWhile (< 3) (NE.fromList nats), take 3 (NE.filter even (NE.fromList nats)))
  print (sum (take 1000 nats), length (take 100000 (repeat ())), last (take 50000 nats), foldl' (+) 0 (take 100000 nats))
  print (take 3 (sortOn negate [1 .. 10 :: Int]), head (sort (reverse [1 .. 5000 :: Int])), minimum (take 1000 (cycle [5, 3, 8 :: Int])))
