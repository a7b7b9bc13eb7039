{-# LANGUAGE OverloadedStrings #-}
{-# OPTIONS_GHC -Wno-deprecations #-}
-- text and bytestring internals -O1 code reaches: the substring search's
-- state (splitOn, replace, count, breakOnAll), NFData of a decoding error,
-- Binary's putList of Texts, a ShortByteString from a String.
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Encoding as TE
import Data.Text.Encoding.Error (UnicodeException (..))
import Control.DeepSeq (rnf, force)
import Control.Exception (evaluate, try)
import Data.Binary (encode, decode)
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Short as SBS
import Data.String (fromString)

main :: IO ()
main = do
  let hay = T.pack "one, two,, three, four" :: T.Text
  print (T.splitOn ", " hay, T.splitOn "," hay)
  print (T.replace "o" "00" hay, T.count "o" hay, T.count ", " hay)
  print (T.breakOnAll "t" hay)
  print (T.splitOn "aa" (T.replicate 7 "a"))
  r <- try (evaluate (TE.decodeUtf8 (B.pack [104, 0xff, 105])))
  case r of
    Left e -> do
      print (rnf (e :: UnicodeException))
      print (force e)
    Right t -> print t
  print (rnf (DecodeError "bad byte" (Just 7)), rnf (EncodeError "no" Nothing))
  let ts = [T.pack "alpha", T.pack "βeta", T.empty]
  print (L.unpack (encode ts))
  print (decode (encode ts) :: [T.Text])
  let lts = [TL.fromChunks [T.pack "ab", T.pack "\955"], TL.empty]
  print (L.unpack (encode lts), decode (encode lts) :: [TL.Text])
  let s = fromString "h\233llo\1234" :: SBS.ShortByteString
  print (s, SBS.length s, SBS.unpack s)
