import Foreign.C.Types
import System.Posix.Types
import Numeric.Natural

main :: IO ()
main = do
  print (read "42" :: CInt, read "-42" :: CLong, read " 7 " :: CUChar, read "300" :: CUChar)
  print (read "[1,2,3]" :: [CSize], read "(5,-6)" :: (CShort, CLLong))
  print (reads "12 rest" :: [(CInt, String)], reads "x" :: [(CInt, String)])
  print (read "-1" :: CUInt, read "255" :: CSChar, read "(-3)" :: CWchar, read "0x1F" :: CUShort)
  print (read "2.5" :: CDouble, read "-1.0e-3" :: CFloat, read "Infinity" :: CDouble)
  print (read "[1.5,2]" :: [CFloat], read "7" :: CTime, read "99" :: CClock)
  print (read "17" :: CPid, read "644" :: CMode, read "-1" :: COff, read "3" :: Fd)
  print (read "1000" :: CUid, read "100" :: CGid, read "12345678901" :: CIno, read "5" :: CSsize)
  print (read "[1,2]" :: [CDev], read "(8,9)" :: (CNlink, CBlkSize))
  print (reads "  77 x" :: [(Fd, String)], reads "" :: [(CPid, String)])
  print (read "1" :: CBool, read "65" :: CChar, read "3" :: CIntMax, read "4" :: CUIntPtr)
  print (read "12345678901234567890123" :: Natural, read "[1,2,3]" :: [Natural], reads "-3" :: [(Natural, String)], reads " 7 rest" :: [(Natural, String)])
  print (read "junk" :: CInt)
