-- Splitting and searching strict ByteStrings.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C

main :: IO ()
main = do
  let s = C.pack "alpha,beta,,gamma,delta,"
  print (C.split ',' s)
  print (C.split ',' C.empty, C.split ',' (C.pack ","), C.split 'x' (C.pack "abc"))
  print (C.splitWith (`elem` ",a") s)
  print (C.breakSubstring (C.pack "ga") s)
  print (C.breakSubstring (C.pack "zz") s, C.breakSubstring C.empty s)
  print (B.findSubstring (C.pack "ta") s, B.findSubstrings (C.pack "a") s)
  print (B.findSubstrings (C.pack "aa") (C.pack "aaaa"), B.findSubstrings C.empty (C.pack "ab"))
  print (C.pack "alp" `B.isPrefixOf` s, C.pack "ta," `B.isSuffixOf` s, C.pack "a,," `B.isInfixOf` s)
  print (B.stripPrefix (C.pack "alpha") s, B.stripSuffix (C.pack "x") s)
  print (C.foldl' (\n c -> n * 31 + fromEnum c) 7 s)
  print (C.foldr (:) [] (C.pack "fold"), C.foldl (flip (:)) [] (C.pack "fold"))
  print (C.span (/= ',') s, C.spanEnd (/= ',') (C.pack "ab,cd"))
  print (C.break (== 'g') s, C.breakEnd (== ',') (C.pack "ab,cd"))
  print (C.takeWhile (/= ',') s, C.dropWhile (/= ',') s)
  print (C.takeWhileEnd (/= ',') (C.pack "x,yz"), C.dropWhileEnd (== ',') s)
  print (C.group (C.pack "aabbbcdd"), C.groupBy (\a b -> a <= b) (C.pack "abcabba"))
  print (C.inits (C.pack "abc"), C.tails (C.pack "abc"))
  print (C.elemIndex 'g' s, C.elemIndexEnd 'a' s, C.elemIndices ',' s)
  print (C.findIndex (> 'f') s, C.findIndices (== 'a') s, C.count 'a' s)
  print (B.findIndexEnd (== 97) s)
  print (C.lines (C.pack "one\ntwo\n\nthree"), C.lines (C.pack "x\n"), C.lines C.empty)
  print (C.words (C.pack "  many   words\there\n"), C.unwords [C.pack "a", C.pack "b"])
  print (C.unlines [C.pack "l1", C.pack "l2"], C.unlines [])
  print (C.filter (/= 'a') s, C.partition (< 'c') (C.pack "abcdcba"))
  print (C.find (> 'd') s, C.elem 'z' s, C.notElem 'z' s)
  print (C.strip (C.pack "  x y  "), C.dropSpace (C.pack "\t\n z"))
