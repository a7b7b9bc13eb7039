-- GHC.Foreign's CStringLen functions in UTF-8, latin1 and char8, and
-- withCStringsLen.
import Foreign
import Foreign.C.String (CString)
import qualified GHC.Foreign as GF
import GHC.IO.Encoding (char8, latin1, mkTextEncoding, utf16le, utf8)
import GHC.IO.Encoding.Latin1 (latin1_checked)
import Control.Exception (IOException, try)

main :: IO ()
main = do
  -- CStringLen in an encoding
  let text = "h\233llo \955 \128512"
  (p, n) <- GF.newCStringLen utf8 text
  bytes <- peekArray n (castPtr p :: Ptr Word8)
  back <- GF.peekCStringLen utf8 (p, n)
  print (n, bytes, back == text)
  free p
  (q, m) <- GF.newCStringLen latin1 "caf\233"
  lbytes <- peekArray m (castPtr q :: Ptr Word8)
  lback <- GF.peekCStringLen latin1 (q, m)
  print (m, lbytes, lback)
  free q
  r <- GF.withCStringLen utf8 "\955x" (\(ptr, len) -> peekArray len (castPtr ptr :: Ptr Word8))
  r8 <- GF.withCStringLen char8 "ab\300" (\(ptr, len) -> peekArray len (castPtr ptr :: Ptr Word8))
  print (r, r8)
  s <- GF.withCStringsLen utf8 ["one", "\955\955", ""] $ \count ptrs -> do
    cs <- peekArray count ptrs :: IO [CString]
    mapM (GF.peekCString utf8) cs
  print s
  -- other encodings: UTF-16, a checked one that fails, a transliterating one
  (u, un) <- GF.newCStringLen utf16le "a\955\128512"
  peekArray un (castPtr u :: Ptr Word8) >>= print
  GF.peekCStringLen utf16le (u, un) >>= print
  free u
  ascii <- mkTextEncoding "ASCII//TRANSLIT"
  GF.withCStringLen ascii "x\955y\233" (\(ptr, len) -> peekArray len (castPtr ptr :: Ptr Word8)) >>= print
  r1 <- try (GF.withCStringLen latin1_checked "ok\955" (\(_, len) -> return len))
  print (either (\e -> Left (show (e :: IOException))) Right r1)
  long <- GF.withCString utf8 (replicate 300 '\955') (GF.peekCString utf8)
  print (length long, all (== '\955') long)
  GF.withCString utf8 "nul\0inside" (GF.peekCString utf8) >>= print
