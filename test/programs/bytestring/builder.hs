{-# LANGUAGE OverloadedStrings #-}
-- Data.ByteString.Builder: encodings, concatenation and the chunks of
-- toLazyByteString.
import Data.ByteString.Builder
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString as S
import System.IO (stdout)
main :: IO ()
main = do
  print (map S.length (L.toChunks (toLazyByteString (string7 (replicate 40000 'a')))))
  print (map S.length (L.toChunks (toLazyByteString (string7 "abc" <> intDec 42))))
  print (map S.length (L.toChunks (toLazyByteString (mconcat (map intDec [1..3000])))))
  print (toLazyByteString (intDec (-5) <> char7 ' ' <> wordHex 255 <> char7 ' ' <> word8HexFixed 10 <> int16HexFixed (-1) <> char8 'é' <> charUtf8 'é' <> stringUtf8 "λ→" <> doubleDec 1.5 <> floatDec 0.1 <> integerDec (2^70) <> byteStringHex (S.pack [1,255]) <> int32BE 258 <> word16LE 258 <> int8 (-1)))
  print (toLazyByteString (char7 'é' <> string7 "\200x" <> string8 "\300"))
  print (toLazyByteString ("λ lit " <> intDec 1))
  let csv = mconcat [intDec n <> char7 ',' <> string7 (show (n * n)) <> char7 '\n' | n <- [1 .. 5 :: Int]]
  L.putStr (toLazyByteString csv)
  hPutBuilder stdout (lazyByteString (L.fromChunks [S.pack [104, 105], S.pack [10]]) <> byteString (S.pack [33, 10]))
  print (L.take 12 (toLazyByteString (mconcat (repeat (string7 "ab")))))
  print (toLazyByteString (int64LE (-2) <> word64BE 1 <> doubleBE 1.0 <> floatLE 2.5 <> int16HexFixed 255 <> int64HexFixed (-1) <> word32Hex 0 <> doubleHexFixed 0.5))
  print (toLazyByteString mempty, toLazyByteString (int8Dec (-128) <> word8Dec 255 <> int32Dec minBound <> word16Dec 65535 <> word64Dec maxBound))
  print (map S.length (L.toChunks (toLazyByteString (byteString (S.replicate 10000 65) <> string7 "x" <> byteString (S.replicate 5000 66)))))
  print (toLazyByteString (lazyByteStringHex (L.pack [0, 171, 255]) <> integerDec (-(10 ^ 40)) <> integerDec 7))
