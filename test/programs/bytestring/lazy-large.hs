-- Lazy ByteStrings over large and infinite inputs: chunked folds, take of
-- infinite streams, lines of a generated text, and chunk boundaries.
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import Data.Int (Int64)

main :: IO ()
main = do
  let big = LC.replicate 100000 'x'
  print (L.length big, map B.length (L.toChunks big) == replicate 24 4080 ++ [2080])
  print (LC.take 10 (LC.repeat 'r'), LC.take 7 (LC.cycle (LC.pack "abc")))
  print (L.take 5 (L.iterate (* 2) 1))
  let text = LC.unlines (map (LC.pack . show) [1 .. 6000 :: Int])
  print (L.length text, length (LC.lines text))
  print (L.foldl' (\n w -> n + fromIntegral w) (0 :: Int) text)
  print (LC.count '7' text, L.elemIndex 57 text, LC.elemIndex '\n' (L.drop 30000 text))
  print (LC.takeWhile (/= '\n') (LC.drop 15000 text))
  print (map B.length (L.toChunks (LC.pack (replicate 10000 'p'))))
  let chunks = L.fromChunks [B.pack [1, 2], B.empty, B.pack [3], B.pack [4, 5, 6]]
  print (chunks, L.toChunks chunks, L.length chunks)
  print (chunks == L.pack [1 .. 6], compare chunks (L.pack [1, 2, 4]))
  print (L.toStrict chunks, L.fromStrict (B.pack [9, 8]), L.splitAt 4 chunks)
  print (L.index chunks 4, L.reverse chunks, L.take 3 (L.map (+ 1) chunks))
  print (LC.lines (LC.take 30 (LC.cycle (LC.pack "ab\ncd\n"))))
  print (take 3 (LC.lines (LC.cycle (LC.pack "inf\n"))))
  print (LC.words (LC.pack "  lazy   words\nhere "), LC.unwords [LC.pack "u", LC.pack "w"])
  print (LC.split ',' (LC.pack "a,b,,c"), LC.group (LC.pack "aabccc"))
  print (LC.isPrefixOf (LC.pack "12") text, LC.isSuffixOf (LC.pack "6000\n") text)
  print (LC.stripPrefix (LC.pack "1\n2\n") (LC.take 10 text), LC.filter (/= '\n') (LC.take 12 text))
  print (L.null L.empty, L.unpack (L.cons 1 (L.snoc (L.singleton 2) 3)), L.cons' 0 chunks)
  print (LC.readInt (LC.pack "-123abc"), LC.readInteger (LC.pack "123456789012345678901234 x"))
  print (L.findIndex (> 3) chunks, L.elemIndices 5 chunks, L.count 1 chunks)
  print (L.dropWhile (< 3) chunks, L.span (< 3) chunks, L.break (== 5) chunks)
  print (L.tails (L.pack [1, 2]), L.inits (L.pack [1, 2]))
  print (L.zip (L.pack [1, 2, 3]) (L.pack [4, 5]), L.last chunks, L.init chunks)
  print (L.mapAccumL (\a w -> (a + w, a)) 0 chunks, L.scanl (+) 0 (L.pack [1, 2, 3]))
  print (L.intercalate (L.pack [0]) [L.pack [1], L.pack [2, 3]], L.intersperse 0 chunks)
  print (LC.unfoldr (\n -> if n > 5 then Nothing else Just (toEnum (n + 48), n + 1)) (0 :: Int))
  print (L.foldr (\w acc -> fromIntegral w : acc) [] (L.take 3 (L.repeat 7)) :: [Int64])
