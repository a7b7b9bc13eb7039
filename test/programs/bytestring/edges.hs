-- Edge cases: empty inputs, negative counts, whole-string matches, and the
-- less common functions of the strict and lazy modules.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC

main :: IO ()
main = do
  let e = B.empty
  print (B.split 0 e, C.splitWith (== 'a') C.empty, C.lines (C.pack "\n\n"), C.words C.empty)
  print (C.unfoldrN (-1) (\c -> Just (c, c)) 'x', B.take (-5) (C.pack "ab"), B.splitAt 10 (C.pack "ab"))
  print (C.spanEnd (== 'b') (C.pack "abb"), C.breakEnd (== 'a') (C.pack "bab"), B.breakByte 98 (C.pack "abc"))
  print (C.breakSubstring (C.pack "abc") (C.pack "abc"), C.breakSubstring (C.pack "abcd") (C.pack "abc"))
  print (B.isInfixOf e e, B.isPrefixOf e (C.pack "a"), B.isSuffixOf (C.pack "a") e, B.stripSuffix (C.pack "c") (C.pack "abc"))
  print (C.group C.empty, C.inits C.empty, C.tails C.empty, B.transpose [], B.concat [], B.intercalate e [])
  print (C.foldr1' max (C.pack "hello"), C.foldl1' min (C.pack "hello"), B.maximum (B.pack [7]), B.elemIndexEnd 1 (B.pack [1, 2, 1]))
  print (C.readInt C.empty, C.readInt (C.pack "-"), C.readInt (C.pack "+12x"), C.readInteger (C.pack "-0"))
  print (C.readInt (C.pack " 5"), C.readInt (C.pack "0012"), C.readInt (C.pack "9223372036854775807"))
  print (C.takeWhileEnd (== ' ') (C.pack "x  "), C.dropWhileEnd (== ' ') (C.pack "  "), C.count 'a' (C.replicate 1000 'a'))
  print (LC.split 'a' LC.empty, LC.split 'a' (LC.pack "a"), LC.lines LC.empty, LC.lines (LC.pack "\n"))
  print (LC.stripSuffix (LC.pack "lo") (LC.pack "hello"), LC.zipWith (\a b -> [a, b]) (LC.pack "ab") (LC.pack "cde"))
  print (LC.cons' 'a' LC.empty, LC.uncons LC.empty, LC.unsnoc (LC.pack "xy"), L.null (L.fromChunks [e, e]))
  print (LC.foldr1 max (LC.pack "lazy"), LC.foldl1' min (LC.pack "lazy"), LC.maximum (LC.pack "q"), L.findIndexEnd (== 97) (LC.pack "banana"))
  print (LC.mapAccumR (\a c -> (a + 1, succ c)) (0 :: Int) (LC.pack "abc"), LC.elemIndices 'a' (LC.pack "banana"))
  print (L.partition even (L.pack [1 .. 10]), L.unzip [(1, 2), (3, 4)], L.elemIndexEnd 3 (L.pack [3, 1, 3]))
  print (LC.readInt (LC.fromChunks [C.pack "12", C.pack "34", C.pack "x"]), LC.readInt (LC.pack "-"))
  print (C.packCString `seq` (), B.copy e, B.replicate 0 1, L.replicate 0 1, L.replicate 3 1)
  r <- B.useAsCStringLen (C.pack "cstr\0inner") B.packCStringLen
  print r
