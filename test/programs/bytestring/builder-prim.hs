-- Data.ByteString.Builder.Prim: fixed and bounded primitives, their
-- combinators (>$<, >*<, eitherB, condB) and the list/ByteString/unfold
-- drivers, with the chunks their bounds make.
import Data.ByteString.Builder (toLazyByteString, Builder)
import Data.ByteString.Builder.Prim
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import Data.Char (ord)

run :: Builder -> IO ()
run = print . toLazyByteString

main :: IO ()
main = do
  run (primFixed (word16BE >*< char7) (0x4142, 'C'))
  run (primMapListFixed (fromIntegral . ord >$< word8) "hello")
  run (primMapListBounded (condB (< 0) ((\n -> ('m', negate n)) >$< (liftFixedToBounded char7 >*< intDec)) (intDec)) [1, -2, 30, -400 :: Int])
  run (primMapListBounded (eitherB intDec (liftFixedToBounded char8)) [Left 12, Right 'x', Left (-3)])
  run (primUnfoldrBounded wordDec (\n -> if n > 5 then Nothing else Just (n * n, n + 1)) 0)
  run (primUnfoldrFixed word8HexFixed (\n -> if n > 255 then Nothing else Just (fromIntegral n, n + 51 :: Int)) 0)
  run (primMapByteStringFixed word8HexFixed (C.pack "Hi!"))
  run (primMapByteStringBounded word8Dec (B.pack [0, 9, 99, 255]))
  run (primMapLazyByteStringFixed (fromIntegral >$< int8HexFixed) (L.pack [1, 128, 255]))
  run (primMapLazyByteStringBounded word8Hex (L.pack [1, 128, 255]))
  run (primBounded charUtf8 'λ' <> primFixed char8 'é' <> primFixed char7 'é' <> primBounded emptyB () <> primFixed emptyF ())
  run (primFixed (int8 >*< word8 >*< int16LE >*< int32BE >*< int64LE) (-1, (2, (-3, (4, -5)))))
  run (primFixed (word16LE >*< word32LE >*< word64BE) (1, (2, 3)))
  run (primFixed (floatBE >*< doubleLE >*< floatHost >*< doubleHost) (1.5, (2.5, (3.5, 4.5))))
  run (primFixed (intHost >*< wordHost >*< int16Host >*< word16Host >*< int32Host >*< word32Host >*< int64Host >*< word64Host) (1, (2, (3, (4, (5, (6, (7, 8))))))))
  run (primBounded (int8Dec >*< int16Dec >*< int32Dec >*< int64Dec) (minBound, (minBound, (minBound, minBound))))
  run (primBounded (word16Dec >*< word32Dec >*< word64Dec) (maxBound, (maxBound, maxBound)))
  run (primBounded (word16Hex >*< word32Hex >*< word64Hex >*< wordHex) (0, (0xabc, (maxBound, 255))))
  run (primFixed (int16HexFixed >*< int32HexFixed >*< int64HexFixed >*< word16HexFixed >*< word32HexFixed >*< word64HexFixed) (-2, (-3, (-4, (5, (6, 7))))))
  run (primFixed (floatHexFixed >*< doubleHexFixed) (1.0, -2.0))
  print (map B.length (L.toChunks (toLazyByteString (primMapListBounded intDec [1 .. 3000]))))
  print (map B.length (L.toChunks (toLazyByteString (primMapListFixed word64BE [1 .. 3000]))))
