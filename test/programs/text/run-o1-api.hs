{-# OPTIONS_GHC -Wno-deprecations #-}
-- text's API where -O1 code reaches internal names: Read/Show instances
-- (Text, lazy Text, FPFormat, I16, Size), decoding errors and their
-- exceptions, Data.Text.Read and Data.Text.Lazy.Read successes and errors,
-- lazy breakOn/iterate/splitAt/takeEnd/cycle/scanr1/commonPrefixes/
-- transpose, strict concat/sconcat/dropEnd, Builder's Eq and sconcat,
-- Foreign's pointers, case folding, FPFormat's Enum.
import Control.Exception
import qualified Data.ByteString as B
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat)
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE
import qualified Data.Text.Encoding.Error as TEE
import qualified Data.Text.Foreign as TF
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Builder as TB
import qualified Data.Text.Lazy.Builder.Int as TBI
import Data.Text.Lazy.Builder.RealFloat (FPFormat (..), formatRealFloat)
import qualified Data.Text.Lazy.Encoding as TLE
import qualified Data.Text.Lazy.Read as TLR
import qualified Data.Text.Read as TR
import qualified Data.Text.Internal.Fusion.Size as Sz
import Foreign.C.String (withCStringLen)
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.ForeignPtr (withForeignPtr)
import Data.Int
import Data.Word

v :: Show a => String -> a -> IO ()
v l x = do
  r <- try (evaluate (length (show x)))
  putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) (const (show x)) r)

main :: IO ()
main = do
  v "readText" (read "\"ab\\ncd\"" :: T.Text, reads "  \"x\" rest" :: [(T.Text, String)], read "[\"a\",\"\"]" :: [T.Text])
  v "readLazy" (read "\"lazy\\1234\"" :: TL.Text, reads "\"q\"" :: [(TL.Text, String)])
  v "readBad" (read "nope" :: T.Text)
  v "readFP" (map read ["Exponent", " Fixed ", "(Generic)"] :: [FPFormat], reads "Fixedx" :: [(FPFormat, String)])
  v "readFPbad" (read "Other" :: FPFormat)
  v "showFP" (showsPrec 11 Fixed "", show [Exponent, Generic])
  v "enumFP" ([Exponent ..], [Fixed ..], [Generic ..], map fromEnum [Exponent ..], toEnum 1 :: FPFormat, [Exponent, Generic ..])
  v "enumFPsucc" (succ Generic)
  v "enumFPpred" (pred Exponent)
  v "enumFPtoEnum" (toEnum 7 :: FPFormat)
  v "enumFPtoEnumNeg" (toEnum (-1) :: FPFormat)
  v "I16" (read "7" :: TF.I16, show (300 :: TF.I16), (5 :: TF.I16) + 7, toInteger (9 :: TF.I16), reads "12 x" :: [(TF.I16, String)], [minBound, maxBound :: TF.I16])
  v "size" (Sz.exactSize 3, Sz.maxSize 4, Sz.betweenSize 1 5, Sz.unknownSize, Sz.exactSize 2 + Sz.maxSize 3, Sz.exactSize 5 == Sz.exactSize 3, Sz.larger (Sz.exactSize 2) (Sz.maxSize 7), Sz.smaller (Sz.exactSize 2) Sz.unknownSize, Sz.exactSize 3 * Sz.maxSize 2, Sz.exactSize 9 - Sz.exactSize 2, Sz.isEmpty (Sz.exactSize 0), Sz.upperBound 4 (Sz.maxSize 9), Sz.lowerBound 1 (Sz.betweenSize 3 9))
  v "sizeCmp" (Sz.compareSize (Sz.exactSize 3) 3, Sz.compareSize (Sz.maxSize 3) 4, Sz.compareSize (Sz.betweenSize 2 4) 1, Sz.compareSize Sz.unknownSize 0, Sz.compareSize (Sz.betweenSize 2 4) 3)
  v "dec1" (TE.decodeUtf8 (B.pack [104, 0xff]))
  v "dec2" (TE.decodeUtf8' (B.pack [0xc3, 0x28]), TE.decodeUtf8' (B.pack [0xe2, 0x82, 0xac]))
  v "dec3" (TE.decodeUtf16LE (B.pack [0, 0xd8, 65, 0]))
  v "dec4" (TE.decodeUtf32BE (B.pack [0, 0x11, 0, 0]))
  v "decW" (TE.decodeUtf8With TEE.ignore (B.pack [97, 0x80, 98]), TE.decodeUtf8With (TEE.replace '?') (B.pack [97, 0xc0, 98]))
  v "decWbad" (TE.decodeUtf8With (TEE.replace '\x10000') (B.pack [0xff]))
  r <- try (evaluate (TE.decodeUtf8 (B.pack [0xfe])))
  case r of
    Left e -> putStrLn ("exc: " ++ displayException (e :: TEE.UnicodeException) ++ " | " ++ show e ++ " | " ++ show (e == e))
    Right t -> print t
  r2 <- try (evaluate (TLE.decodeUtf8 (TLE.encodeUtf8 (TL.pack "ok") <> TLE.encodeUtf8 (TL.pack "\xe9") <> TLE.encodeUtf8 (TL.pack "x")) `seq` TE.decodeUtf16BE (B.pack [0xdc, 0])))
  case r2 of
    Left e -> putStrLn ("exc2: " ++ show (e :: SomeException) ++ " | " ++ show (fromException e :: Maybe TEE.UnicodeException))
    Right t -> print t
  v "decL" (TLE.decodeUtf8With TEE.lenientDecode (TLE.encodeUtf8 (TL.pack "h\xe9") <> TLE.encodeUtf8 (TL.pack "\x80") ), TLE.decodeUtf8' (TLE.encodeUtf8 (TL.pack "ok")))
  v "streamDecode" (let TE.Some t b _ = TE.streamDecodeUtf8 (B.pack [0xf0, 0x9f]) in (t, b))
  v "streamDecodeBad" (let TE.Some t _ _ = TE.streamDecodeUtf8 (B.pack [0x80]) in t)
  v "encB" (TB.toLazyText (TB.fromText (TE.decodeLatin1 (B.pack [233, 65]))), B.unpack (TE.encodeUtf8 (T.pack "\x10ffff")))
  v "readT" (TR.decimal (T.pack "123abc") :: Either String (Int, T.Text), TR.decimal (T.pack "x") :: Either String (Integer, T.Text))
  v "readT2" (TR.hexadecimal (T.pack "0xFFz") :: Either String (Word8, T.Text), TR.hexadecimal (T.pack "zz") :: Either String (Int, T.Text), TR.hexadecimal (T.pack "0X1aB") :: Either String (Integer, T.Text))
  v "readT3" (TR.signed TR.decimal (T.pack "+9") :: Either String (Int8, T.Text), TR.signed TR.hexadecimal (T.pack "-ff") :: Either String (Int, T.Text), TR.signed TR.decimal (T.pack "-") :: Either String (Int, T.Text))
  v "readT4" (TR.double (T.pack "+1.5e3"), TR.double (T.pack "-2.5E-2x"), TR.double (T.pack "1e"), TR.double (T.pack "-"), TR.double (T.pack "+"), TR.double (T.pack ".5"), TR.double (T.pack "7."))
  v "readT5" (TR.rational (T.pack "-0.125") :: Either String (Rational, T.Text), TR.rational (T.pack "3e2") :: Either String (Float, T.Text), TR.rational (T.pack "q") :: Either String (Double, T.Text))
  v "readT6" (TR.decimal (T.pack "99999999999999999999") :: Either String (Int64, T.Text), TR.decimal (T.pack "300") :: Either String (Word16, T.Text), TR.hexadecimal (T.pack "ffffffff") :: Either String (Int32, T.Text))
  let lz = TL.fromChunks [T.pack "12", T.pack "3", T.pack "4x5"]
  v "readL" (TLR.decimal lz :: Either String (Int, TL.Text), TLR.decimal (TL.pack "z") :: Either String (Int, TL.Text), TLR.hexadecimal (TL.fromChunks [T.pack "0x", T.pack "fF", T.pack "g"]) :: Either String (Integer, TL.Text))
  v "readL2" (TLR.signed TLR.decimal (TL.pack "-77") :: Either String (Int, TL.Text), TLR.hexadecimal (TL.pack "q") :: Either String (Int, TL.Text), TLR.signed TLR.hexadecimal (TL.pack "+a") :: Either String (Word, TL.Text))
  v "readL3" (TLR.double (TL.fromChunks [T.pack "-1", T.pack ".25e", T.pack "1!"]), TLR.double (TL.pack "x"), TLR.rational (TL.pack "2.5") :: Either String (Double, TL.Text), TLR.double (TL.pack "+3"))
  v "readL4" (TLR.decimal (TL.pack "1234567") :: Either String (Word32, TL.Text), TLR.decimal (TL.pack "255") :: Either String (Int16, TL.Text), TLR.hexadecimal (TL.pack "FFFF") :: Either String (Word64, TL.Text), TLR.decimal (TL.pack "5") :: Either String (Integer, TL.Text))
  let a = TL.fromChunks [T.pack "ab/c", T.pack "d/", T.pack "ef/g"]
  v "lazyBreak" (TL.breakOn (TL.pack "/") a, TL.breakOnAll (TL.pack "/") a, TL.breakOnEnd (TL.pack "/") a, TL.splitOn (TL.pack "d/") a)
  v "lazyBreakE" (TL.breakOn TL.empty a)
  v "lazyIter" (TL.take 5 (TL.iterate succ 'a'), TL.splitAt 3 a, TL.splitAt 20 a, TL.splitAt (-1) a, TL.takeEnd 4 a, TL.takeEnd 0 a, TL.dropEnd 3 a)
  v "lazyCycle" (TL.take 7 (TL.cycle (TL.pack "xy")), TL.scanr1 max (TL.fromChunks [T.pack "acb", T.pack "d"]), TL.scanr1 max TL.empty)
  v "lazyCycleE" (TL.cycle TL.empty)
  v "lazyPrefix" (TL.commonPrefixes (TL.fromChunks [T.pack "ab", T.pack "cd"]) (TL.fromChunks [T.pack "a", T.pack "bcx"]), TL.commonPrefixes (TL.pack "x") (TL.pack "y"), TL.commonPrefixes (TL.pack "abc") (TL.pack "abc"))
  v "lazyTranspose" (TL.transpose [TL.pack "abc", TL.pack "de", TL.pack "f"], TL.zipWith max (TL.pack "abc") (TL.pack "cba"))
  v "lazyChunks" (map TL.toChunks [TL.take 5 (TL.cycle (TL.pack "xy")), snd (TL.splitAt 3 a), TL.takeEnd 4 a])
  v "strict" (T.concat [T.pack "a", T.empty, T.pack "bc"], T.concat [], sconcat (T.pack "x" :| [T.pack "y", T.pack "z"]), T.dropEnd 2 (T.pack "hello"), T.dropEnd 9 (T.pack "hi"), T.takeEnd 2 (T.pack "hello"))
  v "lazySconcat" (sconcat (TL.pack "x" :| [TL.pack "y"]), TL.concat [TL.pack "p", TL.empty])
  v "builder" (TB.fromString "ab" == TB.fromString "ab", TB.fromString "ab" == TB.fromText (T.pack "ac"), TB.toLazyText (sconcat (TB.fromString "x" :| [TB.singleton 'y', TBI.decimal (-42 :: Int), TBI.hexadecimal (255 :: Word)])))
  v "builderInt" (map (TB.toLazyText . TBI.decimal) [0 :: Integer, -5, 10 ^ 30, -(10 ^ 19)], TB.toLazyText (TBI.decimal (minBound :: Int)), TB.toLazyText (TBI.decimal (maxBound :: Word8)))
  v "builderHexNeg" (TB.toLazyText (TBI.hexadecimal (-1 :: Int)))
  v "fpf" (map (\f -> TB.toLazyText (formatRealFloat f (Just 3) (1234.5678 :: Double))) [Exponent, Fixed, Generic], TB.toLazyText (formatRealFloat Fixed Nothing (0.1 :: Float)), TB.toLazyText (formatRealFloat Generic (Just 0) (2.5e-3 :: Double)))
  v "fpf2" (map (\x -> TB.toLazyText (formatRealFloat Fixed (Just 1) (x :: Double))) [0.25, 0.35, 0.05, 9.96, 0.96, -0.45, 1 / 0, 0 / 0])
  v "case" (T.toCaseFold (T.pack "Stra\xdf\x1e9e\xfb03"), T.toUpper (T.pack "\xdf\x149"), T.toLower (T.pack "\x130\&A"), T.toTitle (T.pack "hello wORLD \x1c6x"), TL.toCaseFold (TL.pack "MASSE"))
  let t = T.pack "h\xe9llo\x1f600"
  n <- TF.useAsPtr t (\_ len -> return len)
  fp <- TF.asForeignPtr t
  back <- withForeignPtr (fst fp) (\p -> TF.fromPtr p (snd fp))
  cs <- TF.withCStringLen t (\(_, len) -> return len)
  pk <- withCStringLen "abc\xe9" (\cl -> TF.peekCStringLen cl)
  cp <- allocaBytes 64 (\p -> TF.unsafeCopyToPtr t p >> TF.fromPtr p (fromIntegral (TF.lengthWord16 t)))
  v "foreign" (n, snd fp, back, cs, pk, cp, TF.takeWord16 2 t, TF.dropWord16 5 t)
