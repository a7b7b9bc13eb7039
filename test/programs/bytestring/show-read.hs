-- Show and Read of strict and lazy ByteStrings, with escapes and non-ASCII.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC

main :: IO ()
main = do
  let s = C.pack "tab\there \"quoted\" \\ back\1234\300\n\DEL\200"
  print s
  print (show s)
  print (C.unpack s)
  print (B.unpack s)
  print (LC.pack "lazy \"one\"\n")
  print [C.pack "a", C.empty, C.pack "b c"]
  print (Just (C.pack "x"), (C.pack "p", LC.pack "q"))
  print (showsPrec 11 (C.pack "prec") "")
  print (read "\"hello\\nworld\"" :: C.ByteString)
  print (read "  \"spaces\"  " :: LC.ByteString)
  print (read "[\"a\",\"bc\"]" :: [C.ByteString])
  print (reads "\"ok\" rest" :: [(C.ByteString, String)])
  print (reads "nope" :: [(C.ByteString, String)])
  print (read (show s) == s)
  print (C.pack "\1234\300\65" == B.pack [0xD2, 0x2C, 0x41])
  print (map fromEnum (C.unpack (C.pack "\x100\x1FF\x12345")))
