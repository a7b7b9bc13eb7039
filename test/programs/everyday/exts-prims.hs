{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC.Exts primops beyond the everyday ones: sized Int8#/Word8#/Int16#/
-- Word16# arithmetic, carries and double-width products, pdep/pext,
-- SmallArray#, seq#, par# and spark#.
import GHC.Exts
import GHC.IO (IO (..))
import Data.Word
import Control.Exception

i8 :: Int -> Int -> [Int]
i8 (I# a) (I# b) =
  let x = narrowInt8# a; y = narrowInt8# b
      (# q, r #) = quotRemInt8# x y
  in [ I# (extendInt8# (plusInt8# x y)), I# (extendInt8# (subInt8# x y))
     , I# (extendInt8# (timesInt8# x y)), I# (extendInt8# (quotInt8# x y))
     , I# (extendInt8# (remInt8# x y)), I# (extendInt8# (negateInt8# x))
     , I# (extendInt8# q), I# (extendInt8# r)
     , I# (eqInt8# x y), I# (ltInt8# x y), I# (geInt8# x y), I# (neInt8# x y) ]

i16 :: Int -> Int -> [Int]
i16 (I# a) (I# b) =
  let x = narrowInt16# a; y = narrowInt16# b
  in [ I# (extendInt16# (plusInt16# x y)), I# (extendInt16# (timesInt16# x y))
     , I# (extendInt16# (quotInt16# x y)), I# (extendInt16# (negateInt16# x))
     , I# (leInt16# x y), I# (gtInt16# x y) ]

w8 :: Word -> Word -> [Word]
w8 (W# a) (W# b) =
  let x = narrowWord8# a; y = narrowWord8# b
      (# q, r #) = quotRemWord8# x y
  in [ W# (extendWord8# (plusWord8# x y)), W# (extendWord8# (subWord8# x y))
     , W# (extendWord8# (timesWord8# x y)), W# (extendWord8# (notWord8# x))
     , W# (extendWord8# q), W# (extendWord8# r), W# (extendWord8# (remWord8# x y))
     , W# (int2Word# (ltWord8# x y)), W# (int2Word# (eqWord8# x x)) ]

w16 :: Word -> Word -> [Word]
w16 (W# a) (W# b) =
  let x = narrowWord16# a; y = narrowWord16# b
  in [ W# (extendWord16# (plusWord16# x y)), W# (extendWord16# (timesWord16# x y))
     , W# (extendWord16# (quotWord16# x y)), W# (extendWord16# (notWord16# x))
     , W# (int2Word# (geWord16# x y)) ]

carries :: Int -> Int -> Word -> Word -> [Integer]
carries (I# a) (I# b) (W# u) (W# v) =
  let (# s1, c1 #) = addIntC# a b
      (# s2, c2 #) = subIntC# a b
      (# s3, c3 #) = addWordC# u v
      (# s4, c4 #) = subWordC# u v
      (# h5, l5 #) = plusWord2# u v
      (# h6, l6 #) = timesWord2# u v
      (# n7, h7, l7 #) = timesInt2# a b
      (# q8, r8 #) = quotRemInt# a b
      (# q9, r9 #) = quotRemWord# u v
      (# q10, r10 #) = quotRemWord2# (int2Word# 3#) u (int2Word# 7# `or#` v `or#` int2Word# 4611686018427387904#)
  in [ toInteger (I# s1), toInteger (I# c1), toInteger (I# s2), toInteger (I# c2)
     , toInteger (W# s3), toInteger (I# c3), toInteger (W# s4), toInteger (I# c4)
     , toInteger (W# h5), toInteger (W# l5), toInteger (W# h6), toInteger (W# l6)
     , toInteger (I# n7), toInteger (I# h7), toInteger (W# (int2Word# l7))
     , toInteger (I# q8), toInteger (I# r8), toInteger (W# q9), toInteger (W# r9)
     , toInteger (W# q10), toInteger (W# r10)
     , if isTrue# (mulIntMayOflo# a b /=# 0#) then 1 else 0 ]

bitsDeposit :: Word -> Word -> [Word]
bitsDeposit (W# s) (W# m) =
  [ W# (pdep# s m), W# (pext# s m), W# (pdep8# s m), W# (pext16# s m)
  , W# (pdep32# s m), W# (pext64# s m) ]

smallArray :: IO [Int]
smallArray = IO $ \s0 ->
  case newSmallArray# 5# (0 :: Int) s0 of
    (# s1, ma #) -> case writeSmallArray# ma 2# 42 s1 of
      s2 -> case writeSmallArray# ma 4# 7 s2 of
        s3 -> case readSmallArray# ma 2# s3 of
          (# s4, x #) -> case unsafeFreezeSmallArray# ma s4 of
            (# s5, arr #) -> case indexSmallArray# arr 4# of
              (# y #) -> case cloneSmallArray# arr 1# 3# of
                arr2 -> case getSizeofSmallMutableArray# ma s5 of
                  (# s6, n #) -> case indexSmallArray# arr2 0# of
                    (# a0 #) -> case indexSmallArray# arr2 1# of
                      (# a1 #) -> (# s6, [x, y, I# (sizeofSmallArray# arr), I# (sizeofSmallArray# arr2), I# n, a0, a1] #)

main :: IO ()
main = do
  mapM_ (print . uncurry i8) [(100, 50), (-128, -1), (7, -3), (-100, 27)]
  mapM_ (print . uncurry i16) [(30000, 5000), (-32768, 3), (1234, -56)]
  mapM_ (print . uncurry w8) [(200, 100), (3, 250), (255, 16)]
  mapM_ (print . uncurry w16) [(65535, 2), (1000, 70)]
  print (carries maxBound 1 maxBound 1)
  print (carries minBound 1 0 1)
  print (carries 123456789012 (-98765) 18446744073709551615 18446744073709551615)
  print (carries 4611686018427387904 4 1000 7)
  print (bitsDeposit 0xabcd 0xf0f0f0f0f0f0f0f0, bitsDeposit 0xffffffffffffffff 0x8000000000000001)
  print =<< smallArray
  r <- IO (\s -> case seq# (length [1 .. 10 :: Int]) s of (# s', n #) -> (# s', n #))
  print r
  e <- try (IO (\s -> seq# (error "forced by seq#" :: Int) s))
  print (either (\(ErrorCall m) -> m) show e)
  print (I# (par# (3 :: Int)))
  v <- IO (\s -> spark# "sparked" s)
  putStrLn v
