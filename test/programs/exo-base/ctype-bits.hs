{-# OPTIONS_GHC -fno-specialise #-}
-- A field-layout report for C and Posix integer types, written once over
-- their classes (FiniteBits, Storable, Integral, Bounded, Read, Show) and
-- kept out of line and unspecialised, so each call passes the type's
-- instance dictionaries: -O1 code names every instance of every type.
import Data.Bits
import Foreign.C.Types
import Foreign.Storable
import System.Posix.Types
import Data.Functor.Identity
import Data.Functor.Const

{-# NOINLINE layout #-}
layout :: (FiniteBits a, Storable a, Integral a, Show a, Read a) => String -> a -> IO ()
layout name x = do
  let w = finiteBitSize x
      y = (x `shiftL` 3) .|. 5
  putStrLn (name ++ ": bits " ++ show w ++ " bytes " ++ show (sizeOf x) ++ " align " ++ show (alignment x) ++ " signed " ++ show (isSigned x))
  print (popCount y, testBit y 0, countLeadingZeros y, countTrailingZeros (x `shiftL` 2), complement x .&. 255, x `xor` 6, rotate x 1 .&. 255)
  print (toInteger (y `div` 3), toInteger (y `mod` 3), fromIntegral (x * 2) :: Int, read (show x) `asTypeOf` x, bitSizeMaybe x)

{-# NOINLINE bounded #-}
bounded :: (Bounded a, Show a, Enum a) => a -> IO ()
bounded x = print (minBound `asTypeOf` x, maxBound `asTypeOf` x, fromEnum x, [x .. succ (succ x)])

main :: IO ()
main = do
  layout "CChar" (65 :: CChar)
  layout "CSChar" (-3 :: CSChar)
  layout "CUChar" (200 :: CUChar)
  layout "CShort" (-300 :: CShort)
  layout "CUShort" (300 :: CUShort)
  layout "CInt" (-70000 :: CInt)
  layout "CUInt" (70000 :: CUInt)
  layout "CLong" (-5 :: CLong)
  layout "CULong" (5 :: CULong)
  layout "CLLong" (-6 :: CLLong)
  layout "CULLong" (6 :: CULLong)
  layout "CPtrdiff" (-7 :: CPtrdiff)
  layout "CSize" (7 :: CSize)
  layout "CWchar" (955 :: CWchar)
  layout "CSigAtomic" (1 :: CSigAtomic)
  layout "CBool" (1 :: CBool)
  layout "CIntPtr" (-8 :: CIntPtr)
  layout "CUIntPtr" (8 :: CUIntPtr)
  layout "CIntMax" (-9 :: CIntMax)
  layout "CUIntMax" (9 :: CUIntMax)
  layout "CIno" (10 :: CIno)
  layout "CMode" (0o644 :: CMode)
  layout "COff" (-11 :: COff)
  layout "CPid" (12 :: CPid)
  layout "CSsize" (-13 :: CSsize)
  layout "CGid" (14 :: CGid)
  layout "CNlink" (15 :: CNlink)
  layout "CUid" (16 :: CUid)
  layout "CTcflag" (17 :: CTcflag)
  layout "CRLim" (18 :: CRLim)
  layout "CBlkSize" (19 :: CBlkSize)
  layout "CBlkCnt" (20 :: CBlkCnt)
  layout "CClockId" (21 :: CClockId)
  layout "CFsBlkCnt" (22 :: CFsBlkCnt)
  layout "CFsFilCnt" (23 :: CFsFilCnt)
  layout "CId" (24 :: CId)
  layout "CKey" (25 :: CKey)
  layout "CSocklen" (26 :: CSocklen)
  layout "CNfds" (27 :: CNfds)
  layout "Fd" (28 :: Fd)
  layout "CDev" (29 :: CDev)
  layout "Identity Int" (Identity (30 :: Int))
  layout "Const Word" (Const 31 :: Const Word ())
  mapM_ id [bounded (1 :: CChar), bounded (2 :: CSChar), bounded (3 :: CUChar), bounded (4 :: CShort), bounded (5 :: CUShort), bounded (6 :: CInt), bounded (7 :: CUInt)]
  mapM_ id [bounded (8 :: CLong), bounded (9 :: CULong), bounded (10 :: CLLong), bounded (11 :: CULLong), bounded (12 :: CPtrdiff), bounded (13 :: CSize), bounded (14 :: CWchar)]
  mapM_ id [bounded (15 :: CSigAtomic), bounded (0 :: CBool), bounded (16 :: CIntPtr), bounded (17 :: CUIntPtr), bounded (18 :: CIntMax), bounded (19 :: CUIntMax)]
  mapM_ id [bounded (20 :: CIno), bounded (21 :: CMode), bounded (22 :: COff), bounded (23 :: CPid), bounded (24 :: CSsize), bounded (25 :: CGid), bounded (26 :: CNlink), bounded (27 :: CUid)]
  mapM_ id [bounded (28 :: CTcflag), bounded (29 :: CRLim), bounded (30 :: CBlkSize), bounded (31 :: CBlkCnt), bounded (32 :: CClockId), bounded (33 :: CFsBlkCnt), bounded (34 :: CFsFilCnt)]
  mapM_ id [bounded (35 :: CId), bounded (36 :: CKey), bounded (37 :: CSocklen), bounded (38 :: CNfds), bounded (39 :: Fd), bounded (40 :: CDev), bounded (Identity 'i')]
