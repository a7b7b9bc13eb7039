-- bytestring's internal names -O1 code calls whose definitions come from the
-- interface files' unfoldings: the Builder's integerDec and charUtf8, lazy
-- break/split/lines/pack, toLazyByteString's chunk trimming.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Lazy.Char8 as BLC

main :: IO ()
main = do
  let b = BB.integerDec (2 ^ 70) <> BB.char7 ' ' <> BB.integerDec (-12345678901234567890)
  BL.putStr (BB.toLazyByteString (b <> BB.charUtf8 'é' <> BB.stringUtf8 "λ\n"))
  print (BB.toLazyByteString (BB.integerDec 0 <> BB.intDec 7))
  let l = BLC.pack "hello world\nsecond line\nthird"
  print (BL.break (== 32) l, BL.split 10 l, BLC.lines l)
  print (BL.pack [1, 2, 3], BLC.unlines [BLC.pack "a", BLC.pack "b"])
  print (BC.lines (BC.pack "x\ny"), BL.length (BL.pack (replicate 5000 7)))
