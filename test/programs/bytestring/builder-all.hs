-- Data.ByteString.Builder across its surface: hPutBuilder to stdout and
-- stderr, every encoding, ByteString/Short/lazy inputs, strategies, the
-- host-order primitives (GHC inlines most of them at -O1 as buffer steps).
{-# LANGUAGE OverloadedStrings #-}
import Data.ByteString.Builder
import Data.ByteString.Builder.Extra
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Short as SH
import System.IO (stdout, stderr, hSetBinaryMode)
import Data.Word
import Data.Int

row :: Int -> Builder
row n = intDec n <> char7 '\t' <> wordDec (fromIntegral n * 3) <> char8 '\t' <> doubleDec (fromIntegral n / 7) <> charUtf8 '\n'

main :: IO ()
main = do
  hPutBuilder stdout (mconcat (map row [1 .. 2000]))
  hPutBuilder stdout (stringUtf8 "héllo → wörld\n" <> string8 "abc\n" <> string7 "xyz\n")
  L.putStr (toLazyByteString (word8 65 <> int8 66 <> word16BE 0x4344 <> word32LE 0x48474645 <> int64BE 0x494a4b4c4d4e4f50 <> char7 '\n'))
  print (toLazyByteString (word8Dec 7 <> word16Dec 8 <> word32Dec 9 <> word64Dec 10 <> int16Dec (-3) <> int32Dec 4 <> int64Dec (-5) <> integerDec 12345678901234567890123))
  print (toLazyByteString (wordHex 255 <> word8Hex 1 <> word16Hex 2 <> word32Hex 3 <> word64Hex 4 <> word8HexFixed 5 <> word16HexFixed 6 <> word32HexFixed 7 <> word64HexFixed 8 <> int8HexFixed (-1) <> int32HexFixed 9 <> floatHexFixed 1 <> doubleHexFixed 2))
  print (toLazyByteString (floatDec 2.5 <> floatBE 1 <> doubleLE 2 <> int16BE 1 <> int32BE 2 <> word64LE 3 <> int16LE 4 <> int32LE 5 <> int64LE 6 <> word16LE 7 <> word32BE 8 <> word64BE 9))
  print (toLazyByteString (shortByteString (SH.toShort "short") <> byteString "strict" <> lazyByteString "lazy" <> byteStringHex "hex" <> lazyByteStringHex "lhex"))
  print (L.length (toLazyByteStringWith (safeStrategy 128 4096) L.empty (mconcat (replicate 1000 (byteStringCopy "abcdefgh")))))
  print (L.toChunks (toLazyByteStringWith (untrimmedStrategy 16 32) "end" (lazyByteStringCopy "copy" <> lazyByteStringInsert "ins" <> lazyByteStringThreshold 2 "thr" <> flush)))
  print (toLazyByteString (intHost 1 <> wordHost 2 <> word32Host 3 <> doubleHost 1.5 <> floatHost 2.5 <> int16Host 4 <> word16Host 5 <> int32Host 6 <> int64Host 7 <> word64Host 8))
  hPutBuilder stderr (string7 "to stderr\n")
