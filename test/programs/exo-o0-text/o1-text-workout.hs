{-# LANGUAGE OverloadedStrings #-}
{-# OPTIONS_GHC -fno-specialise #-}
-- A log-line toolkit on strict and lazy Text: number readers (decimal,
-- hexadecimal, signed, double) on both, splitting and searching lazy text,
-- decoding with error handlers and streaming decoders, foreign buffers,
-- case folding and the fusion sizes, with helpers kept out of line so the
-- optimised code calls the library's own workers.
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Read as R
import qualified Data.Text.Lazy.Read as LR
import qualified Data.Text.Encoding as E
import qualified Data.Text.Lazy.Encoding as LE
import qualified Data.Text.Encoding.Error as EE
import qualified Data.Text.Foreign as F
import qualified Data.Text.Internal.Lazy as IL
import qualified Data.Text.Lazy.Builder as B
import qualified Data.Text.Lazy.Builder.RealFloat as BR
import qualified Data.Text.Internal.Fusion.Size as Sz
import qualified Data.ByteString as BS
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Lazy as BL
import Control.Exception (evaluate, try)
import qualified GHC.Exts as Exts
import Data.Word (Word8)

{-# NOINLINE readAll #-}
readAll :: Show a => (T.Text -> Either String (a, T.Text)) -> [T.Text] -> [String]
readAll r = map (either ("error: " ++) show . r)

{-# NOINLINE readAllL #-}
readAllL :: Show a => (TL.Text -> Either String (a, TL.Text)) -> [TL.Text] -> [String]
readAllL r = map (either ("error: " ++) show . r)

{-# NOINLINE roundTrip #-}
roundTrip :: (Read a, Show a) => a -> String -> a
roundTrip sample s = read s `asTypeOf` sample

{-# NOINLINE listy #-}
listy :: Exts.IsList l => [Exts.Item l] -> l
listy = Exts.fromList

main :: IO ()
main = do
  let nums = ["42 rest", "-17", "+8x", "0x1F", "ff", "3.25e2", "1e-3", ".5", "abc", ""]
  mapM_ putStrLn (readAll (R.decimal :: R.Reader Int) nums)
  mapM_ putStrLn (readAll (R.hexadecimal :: R.Reader Integer) nums)
  mapM_ putStrLn (readAll (R.signed R.decimal :: R.Reader Integer) nums)
  mapM_ putStrLn (readAll R.double nums ++ readAll R.rational (take 3 nums :: [T.Text]) ++ readAll (R.rational :: R.Reader Double) ["2.5"])
  let lnums = map TL.fromStrict nums
  mapM_ putStrLn (readAllL (LR.decimal :: LR.Reader Word) lnums)
  mapM_ putStrLn (readAllL (LR.hexadecimal :: LR.Reader Int) lnums)
  mapM_ putStrLn (readAllL (LR.signed LR.hexadecimal :: LR.Reader Int) lnums ++ readAllL LR.double lnums ++ readAllL (LR.rational :: LR.Reader Double) (take 2 lnums))
  -- lazy splitting and searching
  let logl = TL.fromChunks ["GET /a HTTP/1.1; ", "GET /b HTTP/1.0; ", "POST /c HTTP/2"]
  print (TL.breakOn "HTTP" logl, TL.breakOnAll "GET" logl, TL.breakOnEnd "; " logl)
  print (TL.splitAt 9 logl, TL.takeEnd 6 logl, TL.take 12 (TL.cycle "ab|"), TL.take 5 (TL.iterate succ 'a'))
  print (TL.scanr max 'a' "hello", TL.commonPrefixes "interview" "internet", TL.splitOn "; " logl, TL.count "HTTP" logl)
  print (TL.concat ["a", "", "bc"], T.concat ["x", "yz", ""], T.concatMap (T.replicate 2 . T.singleton) "ab", TL.toCaseFold "Straße ÉTÉ", T.toCaseFold "ΣΑΣ ﬁ")
  print (map T.toUpper ["ǆemal", "ŉ"], T.toTitle "hello wORLD", TL.toUpper "ß", T.words "a  b\tc", sconcatT ["p", "q"])
  -- decoding, with handlers and streaming
  let bad = BS.pack [104, 105, 0xff, 0xc3, 0xa9, 0xe2, 0x82]
  print (E.decodeUtf8With EE.lenientDecode bad, E.decodeUtf8With (\_ _ -> Just '?') bad, LE.decodeUtf8With EE.lenientDecode (BL.fromStrict bad))
  r <- try (evaluate (E.decodeUtf8With EE.strictDecode bad))
  putStrLn (either (\e -> "strict: " ++ show (e :: EE.UnicodeException)) show r)
  let E.Some t1 rest1 k1 = E.streamDecodeUtf8 (BS.pack [0xe2, 0x82])
      E.Some t2 rest2 _ = k1 (BS.pack [0xac, 65])
  print (t1, rest1, t2, rest2)
  print (E.streamDecodeUtf8With EE.lenientDecode (BS.pack [66, 0xff]))
  print (BB.toLazyByteString (E.encodeUtf8Builder "héllo" <> LE.encodeUtf8Builder "wörld"), E.encodeUtf16BE "ab", LE.decodeUtf16BE (LE.encodeUtf16BE "€uro"), LE.decodeUtf32LE (LE.encodeUtf32LE "z"))
  print (E.decodeUtf16LE (E.encodeUtf16LE "ok"), E.decodeUtf32BE (E.encodeUtf32BE "\120120"), E.decodeLatin1 (BS.pack [0xe9, 0x41]))
  -- foreign buffers
  F.useAsPtr "ptr text" $ \p n -> do
    back <- F.fromPtr p n
    print (back, n)
  copied <- F.withCStringLen "cstr ü" (\cs -> F.peekCStringLen cs)
  print copied
  (fp, len) <- F.asForeignPtr "foreign"
  print len
  print (F.lengthWord16 "a\120120", F.takeWord16 1 "xyz", F.dropWord16 2 "xyz", roundTrip (F.lengthWord16 "ab") "3")
  -- structure, sizes, builders, lists, reads
  putStrLn (IL.showStructure (TL.fromChunks ["ab", "cd"]))
  print (Sz.exactSize 3, Sz.maxSize 4 + Sz.exactSize 1, Sz.unknownSize, Sz.compareSize (Sz.exactSize 2) 3, Sz.larger (Sz.exactSize 1) (Sz.maxSize 2), Sz.smaller Sz.unknownSize (Sz.exactSize 5))
  print (B.toLazyText (BR.formatRealFloat BR.Exponent (Just 2) (1234.5 :: Double) <> " " <> BR.formatRealFloat BR.Fixed Nothing (0.1 :: Double)), [BR.Exponent ..], map fromEnum [BR.Fixed, BR.Generic], map (roundTrip BR.Fixed) ["Generic", "Exponent"])
  print (listy "strict" :: T.Text, listy "lazy" :: TL.Text, Exts.toList ("toList" :: T.Text), roundTrip T.empty "\"read\"", roundTrip TL.empty "\"lazy read\"", reads "\"x\" tail" :: [(T.Text, String)])
  where
    sconcatT = T.concat
