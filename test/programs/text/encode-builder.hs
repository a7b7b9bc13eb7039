-- Data.Text.Encoding's encodeUtf8Builder (strict and lazy text) run by
-- bytestring's toLazyByteString: the chunks it cuts (each character
-- reserves 4 bytes of the buffer).
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Builder as BB
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Encoding as E
import qualified Data.Text.Lazy.Encoding as LE

main :: IO ()
main = do
  let f = map B.length . BL.toChunks
  print (f (BB.toLazyByteString (BB.string7 "xy" <> E.encodeUtf8Builder (T.pack (replicate 1500 '\8364')))))
  print (f (BB.toLazyByteString (mconcat (replicate 2100 (E.encodeUtf8Builder (T.pack "ab"))))))
  print (f (BB.toLazyByteString (LE.encodeUtf8Builder (TL.fromChunks [T.pack "ab", T.pack "\x1F600"]))))
  print (BB.toLazyByteString (E.encodeUtf8Builder (T.pack "h\233llo \x1F600") <> BB.char7 '!' <> LE.encodeUtf8Builder (TL.pack "w\246rld")))
