-- GHC.Foreign in encodings without a shortcut: latin1's error for a character
-- above 255, UTF-16/UTF-32 (no byte-order mark in a C string), and an
-- unfinished sequence at the end raising recoverDecode's error.
import qualified GHC.Foreign as GF
import GHC.IO.Encoding (latin1, utf16be, utf32)
import Foreign
import Control.Exception
main :: IO ()
main = do
  r <- try (GF.withCStringLen latin1 "a\955b" (\(p, n) -> peekArray n (castPtr p :: Ptr Word8)))
  print (either (\e -> Left (show (e :: SomeException))) Right r)
  GF.withCStringLen latin1 "caf\233" (\(p, n) -> peekArray n (castPtr p :: Ptr Word8)) >>= print
  GF.withCStringLen utf16be "\128512z" (\(p, n) -> peekArray n (castPtr p :: Ptr Word8)) >>= print
  GF.withCStringLen utf32 "ab" (\(p, n) -> peekArray n (castPtr p :: Ptr Word8)) >>= print
  GF.withCStringLen utf32 "ab" (GF.peekCStringLen utf32) >>= print
  GF.withCString latin1 "x\255y" (GF.peekCString latin1) >>= print
  GF.withCStringLen utf16be "\128512z" (\(p, n) -> GF.peekCStringLen utf16be (p, n - 1)) >>= print
