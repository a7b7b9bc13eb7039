-- Foreign.C.Types and System.Posix.Types: the Eq, Ord, Enum, Num, Real,
-- Integral, Read, Bits and Storable instances of the C newtypes, each used
-- on ordinary values, negatives, bounds and empty ranges.
import Foreign.C.Types
import System.Posix.Types
import Data.Bits
import Foreign.Storable
import Foreign.Marshal.Alloc (alloca)
import Control.Exception

-- One line per type: equality, order, enumeration, arithmetic, division.
intLike :: (Show a, Read a, Eq a, Ord a, Enum a, Integral a) => String -> a -> a -> IO ()
intLike name a b = do
  putStrLn $ name ++ ": " ++ unwords
    [ show (a == b), show (a /= b), show (compare a b), show (a < b), show (max a b), show (min a b)
    , show (a + b), show (a * b), show (a - b), show (abs (a - b)), show (signum (a - b))
    , show (toRational a), show (toInteger b)
    , show (a `quot` b, a `rem` b), show (a `div` b, a `mod` b), show (divMod a b), show (quotRem a b)
    , show [a .. a + 3], show (take 3 [a, b ..]), show [b .. b + 2], show (succ a, pred b)
    , show (fromEnum a), show (toEnum 7 `asTypeOf` a)
    , show (read (show b) `asTypeOf` b)
    ]
  r <- try (evaluate (a `div` 0))
  putStrLn $ "  div by zero: " ++ either (\e -> show (e :: ArithException)) show r

bitsLike :: (Show a, Bits a, Num a) => String -> a -> IO ()
bitsLike name x = putStrLn $ name ++ " bits: " ++ unwords
  [ show (x .&. 12), show (x .|. 3), show (xor x 5), show (complement x), show (shiftL x 2)
  , show (shiftR x 1), show (testBit x 1), show (popCount x), show (setBit x 6), show (clearBit x 0)
  , show (rotateL x 3), show (bitSizeMaybe x), show (isSigned x) ]

storeLike :: (Show a, Storable a) => String -> a -> IO ()
storeLike name x = alloca $ \p -> do
  poke p x
  y <- peek p
  putStrLn $ name ++ " storable: " ++ show (y, sizeOf x, alignment x)

numOnly :: (Show a, Num a) => String -> a -> IO ()
numOnly name x = putStrLn $ name ++ " num: " ++ show (x + 2, x * 3, negate x, abs (x - 9), signum x, fromInteger 12 `asTypeOf` x)

realOnly :: (Show a, Real a) => String -> a -> IO ()
realOnly name x = putStrLn $ name ++ " real: " ++ show (toRational x)

main :: IO ()
main = do
  intLike "CBool" (CBool 1) (CBool 0 + 1)
  intLike "CChar" (CChar 20) (CChar 7)
  intLike "CSChar" (CSChar (-40)) (CSChar 7)
  intLike "CUChar" (CUChar 20) (CUChar 7)
  intLike "CShort" (CShort (-300)) (CShort 7)
  intLike "CUShort" (CUShort 30) (CUShort 7)
  intLike "CUInt" (CUInt 30) (CUInt 7)
  intLike "CLLong" (CLLong (-300)) (CLLong 7)
  intLike "CULLong" (CULLong 30) (CULLong 7)
  intLike "CLong" (CLong (-300)) (CLong 7)
  intLike "CULong" (CULong 30) (CULong 7)
  intLike "CPtrdiff" (CPtrdiff (-30)) (CPtrdiff 7)
  intLike "CSize" (CSize 30) (CSize 7)
  intLike "CWchar" (CWchar 15) (CWchar 7)
  intLike "CSigAtomic" (CSigAtomic (-9)) (CSigAtomic 4)
  intLike "CIntPtr" (CIntPtr (-9)) (CIntPtr 4)
  intLike "CUIntPtr" (CUIntPtr 9) (CUIntPtr 4)
  intLike "CIntMax" (CIntMax (-9)) (CIntMax 4)
  intLike "CUIntMax" (CUIntMax 9) (CUIntMax 4)
  -- Clock and time types are only Real and Enum (and Num), not Integral.
  print (CClock 5 == CClock 5, compare (CClock 3) (CClock 9), [CClock 1 .. CClock 3], CClock 2 + 3)
  print (CTime 5 == CTime 6, compare (CTime 3) (CTime 2), toRational (CTime 7))
  print (CUSeconds 5 == 5, compare (CUSeconds 3) 4, [CUSeconds 1 .. 3], read "8" :: CUSeconds)
  print (CSUSeconds (-5) == -5, compare (CSUSeconds 3) 4, [CSUSeconds 1 .. 3], read "-8" :: CSUSeconds)
  mapM_ (uncurry realOnly)
    [("CClock", toRational (CClock 4)), ("CUSeconds", toRational (CUSeconds 9)), ("CSUSeconds", toRational (CSUSeconds (-9)))]
  realOnly "CChar" (CChar 3)
  realOnly "CSChar" (CSChar (-3))
  realOnly "CShort" (CShort (-3))
  realOnly "CUChar" (CUChar 3)
  realOnly "CUInt" (CUInt 3)
  realOnly "CUShort" (CUShort 3)
  realOnly "CULong" (CULong 3)
  realOnly "CLLong" (CLLong 3)
  realOnly "CULLong" (CULLong 3)
  realOnly "CSize" (CSize 3)
  realOnly "CWchar" (CWchar 3)
  realOnly "CBool" (CBool 1)
  bitsLike "CULong" (CULong 77)
  bitsLike "CInt" (CInt (-77))
  storeLike "CTime" (CTime 1234567)
  storeLike "CULong" (CULong 987654321)
  storeLike "CDouble" (CDouble 2.5)
  -- System.Posix.Types
  intLike "CDev" (CDev 30) (CDev 7)
  intLike "CIno" (CIno 30) (CIno 7)
  intLike "COff" (COff (-300)) (COff 7)
  intLike "CSsize" (CSsize (-300)) (CSsize 7)
  intLike "CGid" (CGid 30) (CGid 7)
  intLike "CUid" (CUid 30) (CUid 7)
  intLike "CPid" (CPid 30) (CPid 7)
  intLike "CNlink" (CNlink 30) (CNlink 7)
  intLike "CMode" (CMode 0o25) (CMode 7)
  intLike "CTcflag" (CTcflag 30) (CTcflag 7)
  intLike "CRLim" (CRLim 30) (CRLim 7)
  intLike "CBlkSize" (CBlkSize 30) (CBlkSize 7)
  intLike "CBlkCnt" (CBlkCnt 30) (CBlkCnt 7)
  intLike "CClockId" (CClockId 30) (CClockId 7)
  intLike "CFsBlkCnt" (CFsBlkCnt 30) (CFsBlkCnt 7)
  intLike "CFsFilCnt" (CFsFilCnt 30) (CFsFilCnt 7)
  intLike "CId" (CId 30) (CId 7)
  intLike "CKey" (CKey 30) (CKey 7)
  intLike "CSocklen" (CSocklen 30) (CSocklen 7)
  intLike "CNfds" (CNfds 30) (CNfds 7)
  intLike "Fd" (Fd 30) (Fd 7)
  print (CCc 3 == CCc 3, compare (CCc 1) (CCc 2), toRational (CCc 9), read "5" :: CCc)
  print (CSpeed 3 == CSpeed 4, compare (CSpeed 1) (CSpeed 0), toRational (CSpeed 9), read "5" :: CSpeed)
  print (map (toRational . CMode) [0, 1, 0o777])
  -- each type's Real and Num dictionaries by themselves
  realOnly "CIntMax" (CIntMax 5) >> realOnly "CIntPtr" (CIntPtr (-5)) >> realOnly "CPtrdiff" (CPtrdiff 6)
  realOnly "CSigAtomic" (CSigAtomic 7) >> realOnly "CUIntMax" (CUIntMax 8) >> realOnly "CUIntPtr" (CUIntPtr 9)
  numOnly "CIntPtr" (CIntPtr 4) >> numOnly "CPtrdiff" (CPtrdiff (-4)) >> numOnly "CSigAtomic" (CSigAtomic 1)
  numOnly "CUIntMax" (CUIntMax 20) >> numOnly "CUIntPtr" (CUIntPtr 30)
  realOnly "CBlkCnt" (CBlkCnt 1) >> realOnly "CBlkSize" (CBlkSize 2) >> realOnly "CClockId" (CClockId 3) >> realOnly "CDev" (CDev 4)
  realOnly "CFsBlkCnt" (CFsBlkCnt 5) >> realOnly "CFsFilCnt" (CFsFilCnt 6) >> realOnly "CGid" (CGid 7) >> realOnly "CId" (CId 8)
  realOnly "CIno" (CIno 9) >> realOnly "CKey" (CKey 10) >> realOnly "CNfds" (CNfds 11) >> realOnly "CNlink" (CNlink 12)
  realOnly "COff" (COff (-13)) >> realOnly "CRLim" (CRLim 14) >> realOnly "CSocklen" (CSocklen 15) >> realOnly "CSsize" (CSsize (-16))
  realOnly "CTcflag" (CTcflag 17) >> realOnly "CUid" (CUid 18) >> realOnly "Fd" (Fd 19)
  numOnly "CBlkSize" (CBlkSize 2) >> numOnly "CFsBlkCnt" (CFsBlkCnt 3) >> numOnly "CFsFilCnt" (CFsFilCnt 4)
  numOnly "CId" (CId 5) >> numOnly "CRLim" (CRLim 6) >> numOnly "CSocklen" (CSocklen 7)
