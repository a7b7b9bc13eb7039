-- Data.Text.Lazy over a large generated input (many chunks) and over
-- stdin: lazy lines/words, case mapping, counting, and infinite texts
-- consumed lazily.
import qualified Data.Text as T
import qualified Data.Text.Lazy as L
import qualified Data.Text.Lazy.IO as LIO
import Data.Int (Int64)

big :: L.Text
big = L.unlines [L.pack ("line " ++ show i ++ " \x3B1\x3B2\x3B3 \x1F600 word" ++ show (i `mod` 7)) | i <- [1 .. 600 :: Int]]

main :: IO ()
main = do
  print (L.length big, length (L.toChunks big), map T.length (take 3 (L.toChunks big)))
  print (length (L.lines big), length (L.words big), L.count (L.pack "word3") big)
  print (L.take 40 (L.toUpper big))
  print (L.takeEnd 30 big)
  print (L.take 12 (L.cycle (L.pack "ab\x1F600")), L.take 5 (L.iterate succ 'x'), L.take 3 (L.repeat 'z'))
  print (L.isPrefixOf (L.pack "line 1 ") big, L.isInfixOf (L.pack "line 599") big)
  let firstWords = take 5 (L.words (L.cycle (L.pack "infinite text is lazy ")))
  print firstWords
  input <- LIO.getContents
  let ls = L.lines input
      total = sum [n | l <- ls, Right (n, _) <- [readInt (L.toStrict l)]]
  print (length ls, total, L.length input :: Int64)
  LIO.putStr (L.unlines (map (L.justifyRight 8 '.' . L.strip) (take 5 ls)))
  where
    readInt t = case reads (T.unpack t) :: [(Int, String)] of
      [(n, rest)] -> Right (n, rest)
      _ -> Left "no number"
