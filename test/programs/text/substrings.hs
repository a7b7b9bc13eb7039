-- take/drop from both ends, inits/tails, scans, folds and zips.
import qualified Data.Text as T
import Data.Char (toUpper, isDigit)

main :: IO ()
main = do
  let t = T.pack "h\x00E9llo w\x1F30Drld 42"
  print [(n, T.take n t, T.drop n t, T.takeEnd n t, T.dropEnd n t) | n <- [-1, 0, 3, 8, 20]]
  print (T.inits (T.pack "a\x1F30D\&b"), T.tails (T.pack "a\x1F30D\&b"))
  print (T.scanl max 'a' t, T.scanr1 min (T.pack "dcba"), T.mapAccumL (\n c -> (n + 1, if odd n then toUpper c else c)) (0 :: Int) t)
  print (T.foldl' (\n c -> if isDigit c then n * 10 + fromEnum c - 48 else n) 0 t, T.all (/= 'z') t, T.any isDigit t)
  print (T.zipWith max (T.pack "abc") (T.pack "cba"), T.transpose (map T.pack ["abc", "de", "f"]))
  print (T.partition isDigit t, T.filter (/= 'l') t, T.elem '\x1F30D' t, T.find (> 'w') t)
  print (T.intersperse '.' (T.pack "abc"), T.replicate 3 (T.pack "ab"), T.concatMap (T.replicate 2 . T.singleton) (T.pack "xy"))
  print (T.uncons t, T.unsnoc (T.pack "x\x1F30D"), T.head t, T.last t, T.init (T.pack "ab\x1F30D"), T.tail t)
  print (T.compareLength t 13, T.compareLength t 14, T.minimum t, T.maximum t, T.reverse t)
  print (T.isPrefixOf (T.pack "h\x00E9") t, T.isSuffixOf (T.pack "42") t, T.span (/= ' ') t, T.break (== 'w') t)
