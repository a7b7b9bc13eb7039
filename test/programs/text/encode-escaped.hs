-- Data.Text.Encoding.encodeUtf8BuilderEscaped (strict and lazy): ASCII
-- through an escaping BoundedPrim, the rest as UTF-8, and the chunks.
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Encoding as TE
import qualified Data.Text.Lazy.Encoding as TLE
import Data.ByteString.Builder (toLazyByteString)
import qualified Data.ByteString.Builder.Prim as P
import Data.ByteString.Builder.Prim ((>$<), (>*<))
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import Data.Word (Word8)

-- '"' and '\\' get a backslash; control bytes become \xHH.
escape :: P.BoundedPrim Word8
escape =
  P.condB (\w -> w == 34 || w == 92) (fixed2 (\w -> (92, w))) $
    P.condB (< 32) (P.liftFixedToBounded ((\w -> ('\\', ('x', w))) >$< (P.char7 >*< P.char7 >*< P.word8HexFixed))) $
      P.liftFixedToBounded P.word8
  where
    fixed2 f = P.liftFixedToBounded (f >$< (P.word8 >*< P.word8))

main :: IO ()
main = do
  let t = T.pack "say \"héllo\"\\ → 😀\tend\n"
  print (toLazyByteString (TE.encodeUtf8BuilderEscaped escape t))
  print (toLazyByteString (TLE.encodeUtf8BuilderEscaped escape (TL.fromChunks [t, T.pack "\"", T.empty, T.pack "λ"])))
  let big = T.replicate 3000 (T.pack "a\"é\0")
  print (map B.length (L.toChunks (toLazyByteString (TE.encodeUtf8BuilderEscaped escape big))))
  print (L.length (toLazyByteString (TE.encodeUtf8BuilderEscaped (P.liftFixedToBounded P.word8) big)))
