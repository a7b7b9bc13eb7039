-- Building and transforming strict ByteStrings.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import Data.Char (toUpper)
import Data.Word (Word8)

main :: IO ()
main = do
  let s = C.pack "Hello, World"
  print (C.map toUpper s, C.reverse s, C.intersperse '-' (C.pack "abc"))
  print (C.intercalate (C.pack ", ") [C.pack "x", C.pack "y", C.pack "z"])
  print (C.transpose [C.pack "abc", C.pack "de", C.pack "f"])
  print (C.cons '>' s, C.snoc s '!', C.append s s, s <> C.pack "?", mconcat [s, s])
  print (C.head s, C.last s, C.tail s, C.init s, C.uncons s, C.unsnoc s)
  print (C.uncons C.empty, C.unsnoc C.empty, C.null C.empty, C.length s)
  print (C.take 5 s, C.drop 7 s, C.splitAt 5 s, C.take 100 s, C.drop (-3) s)
  print (C.replicate 5 'x', C.replicate 0 'x', B.replicate 3 255)
  print (C.unfoldr (\n -> if n > 'e' then Nothing else Just (n, succ n)) 'a')
  print (C.unfoldrN 3 (\n -> Just (n, succ n)) 'a', C.unfoldrN 5 (const Nothing) 'a')
  print (C.concatMap (\c -> C.pack [c, c]) (C.pack "abc"))
  print (C.any (== 'W') s, C.all (/= 'q') s, C.maximum s, C.minimum s)
  print (C.scanl max 'a' (C.pack "cab"), C.scanl1 max (C.pack "cab"))
  print (C.scanr min 'z' (C.pack "cab"), C.scanr1 min (C.pack "cab"))
  print (C.mapAccumL (\n c -> (n + 1, toUpper c)) (0 :: Int) (C.pack "abc"))
  print (C.mapAccumR (\n c -> (n + fromEnum c, c)) 0 (C.pack "abc"))
  print (C.zip (C.pack "abc") (C.pack "de"), C.zipWith (\a b -> [a, b]) (C.pack "ab") (C.pack "xyz"))
  print (C.unzip [('a', 'b'), ('c', 'd')])
  print (B.sort (C.pack "the quick brown fox"), C.copy s == s)
  print (B.foldr1 max (B.pack [3, 9, 2]), B.foldl1 (-) (B.pack [10, 3]), B.foldr' (:) [] (B.pack [1, 2]))
  print (compare s (C.pack "Hello"), compare (C.pack "abc") (C.pack "abd"), s == C.pack "Hello, World")
  print (maximum [C.pack "b", C.pack "ab", C.pack "ba"], minimum [C.pack "b", C.empty])
  print (C.index s 4, B.index s 0, C.singleton 'q', B.singleton 200)
  print (B.pack [0, 127, 128, 255], B.unpack (B.pack [300 :: Word8, 256]))
