{-# OPTIONS_GHC -Wno-deprecations #-}
-- text's internal names -O1 code calls whose definitions come from the
-- interface files' unfoldings: Data.Text.Read's hex/double/signed, lazy
-- breakOnAll and splitAt, concat, lenient decoding, FPFormat's Read and
-- Show, streaming decoding's Show, Text's Show.
import qualified Data.ByteString as B
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE
import qualified Data.Text.Encoding.Error as TEE
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Builder as TB
import Data.Text.Lazy.Builder.RealFloat (FPFormat (..), formatRealFloat)
import qualified Data.Text.Lazy.Read as TLR
import qualified Data.Text.Read as TR

main :: IO ()
main = do
  print (TR.hexadecimal (T.pack "ff rest") :: Either String (Int, T.Text))
  print (TR.double (T.pack "3.25e2x"), TR.double (T.pack "-0.5"), TR.double (T.pack "x"))
  print (TR.signed TR.decimal (T.pack "-42!") :: Either String (Integer, T.Text))
  print (TR.rational (T.pack "1.5") :: Either String (Double, T.Text))
  print (TLR.hexadecimal (TL.pack "1A") :: Either String (Int, TL.Text))
  print (TL.breakOnAll (TL.pack "/") (TL.pack "a/b/c"), TL.splitAt 3 (TL.pack "abcdef"))
  print (T.concat [T.pack "ab", T.empty, T.pack "cd"], T.concatMap (T.pack . show) (T.pack "xy"))
  print (TE.decodeUtf8With TEE.lenientDecode (B.pack [104, 255, 105]))
  print (TEE.DecodeError "bad" (Just 7), TEE.EncodeError "enc" Nothing)
  print (read "Exponent" :: FPFormat, map fromEnum [Exponent, Fixed, Generic], show Fixed)
  print (TB.toLazyText (formatRealFloat Fixed (Just 2) (3.14159 :: Double)))
  let TE.Some t rest _ = TE.streamDecodeUtf8 (B.pack [104, 105, 0xc3])
  print (t, rest)
  print (show (TE.streamDecodeUtf8 (B.pack [65, 66])))
  print (T.pack "show me", TL.pack "lazy")
