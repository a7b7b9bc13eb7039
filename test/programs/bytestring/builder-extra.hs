-- Data.ByteString.Builder.Extra: allocation strategies, copy/insert
-- thresholds, flush, host-order primitives; Builder.shortByteString.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Short as S
import Data.ByteString.Builder
import Data.ByteString.Builder.Extra

chunks :: BL.ByteString -> [Int]
chunks = map B.length . BL.toChunks

main :: IO ()
main = do
  let bs n = C.replicate n 'x'
  print [chunks (toLazyByteString (string7 "ab" <> byteStringThreshold k (bs n) <> string7 "cd")) | (k, n) <- [(5, 4), (5, 5), (5, 6), (0, 1), (100, 5000)]]
  print [chunks (toLazyByteString (string7 "ab" <> f (bs n) <> string7 "cd")) | f <- [byteStringCopy, byteStringInsert], n <- [0, 3, 5000, 9000]]
  print [chunks (toLazyByteString (string7 "ab" <> f (BL.fromChunks [bs n, bs 2]) <> string7 "cd")) | f <- [lazyByteStringCopy, lazyByteStringInsert, lazyByteStringThreshold 4], n <- [0, 3, 5000]]
  print (chunks (toLazyByteString (string7 "ab" <> flush <> flush <> string7 "cd" <> flush)))
  print (chunks (toLazyByteString (flush <> string7 "cd")))
  print (chunks (toLazyByteStringWith (untrimmedStrategy 10 20) BL.empty (mconcat (replicate 30 (char7 'z')))))
  print (chunks (toLazyByteStringWith (safeStrategy 10 20) (BL.fromChunks [bs 3, bs 4]) (mconcat (replicate 30 (char7 'z')))))
  print (chunks (toLazyByteStringWith (untrimmedStrategy 10 20) BL.empty (mconcat (replicate 5 (intDec 123456)))))
  print (chunks (toLazyByteStringWith (untrimmedStrategy 4 8) BL.empty (intDec 1 <> intDec 2)))
  print (chunks (toLazyByteStringWith (safeStrategy 10 20) BL.empty (byteString (bs 50) <> string7 "abc")))
  print (toLazyByteStringWith (safeStrategy 10 20) (BL.fromChunks [C.pack "tail"]) mempty)
  print (toLazyByteString (intHost 1 <> int16Host 2 <> int32Host (-3) <> int64Host 4 <> wordHost 5 <> word16Host 6 <> word32Host 7 <> word64Host 8 <> floatHost 1.5 <> doubleHost 2.25))
  print (toLazyByteString (shortByteString (S.pack [104, 105]) <> shortByteString S.empty))
  print (chunks (toLazyByteString (string7 "ab" <> shortByteString (S.toShort (bs 9000)))))
  print (smallChunkSize, defaultChunkSize)
  print (chunks (toLazyByteString (string7 (replicate 4000 'a') <> flush <> string7 (replicate 4000 'b'))))
  print (chunks (toLazyByteString (string7 (replicate 4000 'a') <> byteStringInsert (C.pack "xy") <> string7 (replicate 4000 'b'))))
  print (chunks (toLazyByteString (byteStringInsert (C.pack "xy") <> string7 (replicate 5000 'b'))))
  print (chunks (toLazyByteString (string7 (replicate 4078 'a') <> intDec 5 <> flush <> string7 (replicate 40 'b'))))
