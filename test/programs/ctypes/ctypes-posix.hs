import System.Posix.Types
import Foreign.C.Types
import Data.Bits
import Foreign.Ptr (nullPtr, plusPtr)

main :: IO ()
main = do
  print (Fd 3, CPid 1234, CMode 0o644, COff (-1), CSsize 5, CUid 1000, CGid 100)
  print (maxBound :: Fd, minBound :: Fd, maxBound :: CPid, maxBound :: CMode, maxBound :: COff)
  print (maxBound :: CUid, maxBound :: CGid, maxBound :: CDev, maxBound :: CIno, maxBound :: CNlink)
  print (maxBound :: CSsize, maxBound :: CRLim, maxBound :: CTcflag, maxBound :: CBlkSize, maxBound :: CBlkCnt)
  print (maxBound :: CClockId, maxBound :: CFsBlkCnt, maxBound :: CFsFilCnt, maxBound :: CId, maxBound :: CKey)
  print (maxBound :: CSocklen, maxBound :: CNfds)
  print (CCc 65, CSpeed 9600, CCc 255 + 1, CSpeed 0 - 1)
  let uid = 1000 :: UserID
      gid = 100 :: GroupID
      lc = 2 :: LinkCount
      pid = 42 :: ProcessID
      fm = 0o755 :: FileMode
      off = 4096 :: FileOffset
      dev = 7 :: DeviceID
      fid = 99 :: FileID
      lim = 1024 :: Limit
      et = 1700000000 :: EpochTime
      bc = 100 :: ByteCount
      ct = 10 :: ClockTick
  print (uid, gid, lc, pid, fm, off)
  print (dev, fid, lim, et, bc, ct)
  print (fm .&. 0o700, fm .|. 0o022, complement fm, shiftR fm 6, testBit fm 0, popCount fm)
  print (finiteBitSize (0 :: Fd), finiteBitSize (0 :: CDev), finiteBitSize (0 :: CMode), finiteBitSize (0 :: CClockId))
  print (fromIntegral (Fd 3) :: Int, fromIntegral (-1 :: Int) :: CUid, toInteger (maxBound :: CIno), fromIntegral (300 :: Int) :: CCc)
  print (Fd 7 `div` 2, Fd 7 `mod` 2, quotRem (-7 :: COff) 2, divMod (-7 :: CSsize) 2, toRational (CPid 9))
  print ([Fd 1 .. 4], [CMode 0, 2 .. 8], take 3 [CCc 253 ..], [CSpeed 5, 4 .. 1], succ (CUid 1), pred (CGid 1))
  print (fromEnum (CPid 77), toEnum 5 :: CNlink, [maxBound - 1 ..] :: [Fd], take 2 [maxBound - 1 ..] :: [CUid])
  print (compare (Fd 1) (Fd 2), CPid 3 == 3, CMode 3 < 2, max (COff 4) 9, min (CDev 4) 9)
  print (showsPrec 7 (COff (-5)) "", show [Fd 1, Fd (-1)], abs (COff (-5)), signum (CSsize (-3)), negate (CUid 1))
  print (sum [1 .. 10 :: CNfds], product [1 .. 5 :: CKey], maximum [CBlkCnt 3, 9, 2])
  print (realToFrac (CTime 5) :: Double, toRational (CClock 7), CUSeconds 3 + 4, CSUSeconds (-3) * 2)
  print (CTimer nullPtr, CTimer nullPtr == CTimer nullPtr, compare (CTimer nullPtr) (CTimer (nullPtr `plusPtr` 16)), CTimer (nullPtr `plusPtr` 255))
