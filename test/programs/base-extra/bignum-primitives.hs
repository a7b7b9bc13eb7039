{-# LANGUAGE MagicHash, UnboxedTuples, UnboxedSums #-}
-- ghc-bignum's GHC.Num.Primitives: the word and Int# helpers of the
-- bignum code, called directly.
import GHC.Num.Primitives
import GHC.Exts
import GHC.Word
import GHC.IO (IO (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr (..))
import Foreign.Storable (peekByteOff, pokeByteOff)
import Data.Word (Word8)
import Control.Exception

ws :: [Word]
ws = [0, 1, 2, 3, 7, 8, 255, 256, 1000, 65535, 2 ^ 32, 2 ^ 63, maxBound - 1, maxBound]

is :: [Int]
is = [0, 1, -1, 5, -5, 64, minBound, maxBound]

pw :: (# (# #) | Word# #) -> Maybe Word
pw (# (# #) | #) = Nothing
pw (# | w #) = Just (W# w)

b :: Bool# -> Bool
b x = isTrue# x

main :: IO ()
main = do
  print [(b (x &&# y), b (x ||# y), b (notB# x)) | I# x <- [0, 1], I# y <- [0, 1]]
  print [(I# (absI# i), I# (sgnI# i), W# (wordFromAbsInt# i), W# (popCntI# i), [I# (cmpI# i j) | I# j <- [0, 5]], I# (minI# i 3#), I# (maxI# i 3#), [b (testBitI# i k) | W# k <- [0, 2, 63]]) | I# i <- is]
  print [(cmpW# w 255##, W# (minW# w 255##), W# (maxW# w 255##), W# (andNot# w 0xF0##), [W# (shiftRW# w k) | W# k <- [0, 3, 63, 64, 100]], [b (testBitW# w k) | W# k <- [0, 1, 63]]) | W# w <- ws]
  print [W# (bitW# i) | I# i <- [0, 1, 63]]
  print [(pw (wordIsPowerOf2# w), W# (wordLog2# w), [W# (wordLogBase# bb w) | W# bb <- [2, 3, 10, 256]], [W# (wordSizeInBase# bb w) | W# bb <- [2, 3, 10, 256]]) | W# w <- ws]
  print [(W# (wordReverseBits# w), W# (wordReverseBits32# w), W# (wordReverseBytes# w)) | W# w <- ws]
  print [D# (wordEncodeDouble# w e) | W# w <- [0, 1, 3, maxBound], I# e <- [0, 5, -3]]
  print [D# (intEncodeDouble# i e) | I# i <- [0, -3, maxBound, minBound], I# e <- [0, 5, -3]]
  print [case plusWord3# a c d of (# h, l #) -> (W# h, W# l) | W# a <- [1, maxBound], W# c <- [2, maxBound], W# d <- [maxBound]]
  print [case plusWord12# a (# h, l #) of (# x, y #) -> (W# x, W# y) | W# a <- [5, maxBound], (W# h, W# l) <- [(0, maxBound), (3, 4)]]
  r1 <- IO (\s -> case ioBool (return True) s of (# s1, x #) -> case ioInt# (return (-4)) s1 of (# s2, y #) -> case ioWord# (return 9) s2 of (# s3, z #) -> (# ioVoid (putStrLn "void") s3, (I# x, I# y, W# z) #))
  print r1
  allocaBytes 32 $ \p@(Ptr a) -> do
    mapM_ (\i -> pokeByteOff p i (fromIntegral (i * 17 + 3) :: Word8)) [0 .. 31]
    rs <- mapM (\(W# sz, I# e) -> IO (\s -> case wordFromAddr# sz a e s of (# s1, w #) -> (# s1, W# w #))) [(sz, e) | sz <- [1, 3, 8], e <- [0, 1]]
    print rs
    r2 <- IO (\s -> case wordFromAddrBE# 4## a s of (# s1, x #) -> case wordFromAddrLE# 4## a s1 of (# s2, y #) -> (# s2, (W# x, W# y) #))
    print r2
    mapM_ (\(W# w, I# e) -> do
      n <- IO (\s -> case wordToAddr# w a e s of (# s1, k #) -> (# s1, W# k #))
      bs <- mapM (peekByteOff p) [0 .. 9] :: IO [Word8]
      print (n, bs)) [(w, e) | w <- [0, 1, 258, 2 ^ 40 + 5, maxBound], e <- [0, 1]]
    IO (\s -> (# wordWriteAddrBE# 0x0102030405060708## a s, () #))
    bs1 <- mapM (peekByteOff p) [0 .. 9] :: IO [Word8]
    IO (\s -> (# wordWriteAddrLE# 0x0102030405060708## a s, () #))
    bs2 <- mapM (peekByteOff p) [0 .. 9] :: IO [Word8]
    print (bs1, bs2)
  r3 <- IO (\s -> case newByteArray# 32# s of
    (# s0, mba #) -> case setByteArray# mba 0# 32# 0# s0 of { s1 -> case wordToMutableByteArray# 0x0A0B0C## mba 2## 1# s1 of
      (# s2, k1 #) -> case wordToMutableByteArrayLE# 0x0D0E## mba 10## s2 of
        (# s3, k2 #) -> case wordToMutableByteArrayBE# 0x0F## mba 20## s3 of
          (# s4, k3 #) -> case wordWriteMutableByteArrayBE# 0x1122334455667788## mba 12## s4 of
            s5 -> case wordWriteMutableByteArrayLE# 0x99## mba 24## s5 of
              s6 -> case unsafeFreezeByteArray# mba s6 of
                (# s7, ba #) -> (# s7, (W# k1, W# k2, W# k3, [W8# (indexWord8Array# ba i) | I# i <- [2 .. 31]],
                   [W# (wordFromByteArray# sz ba off e) | W# sz <- [1, 3, 8], W# off <- [2, 12], I# e <- [0, 1]],
                   W# (wordFromByteArrayBE# 2## ba 12##), W# (wordFromByteArrayLE# 2## ba 12##)) #) })
  print r3
  e1 <- try (evaluate (W# (raiseDivZero_Word# void#)))
  print (e1 :: Either ArithException Word)
  e2 <- try (evaluate (W# (raiseUnderflow_Word# void#)))
  print (e2 :: Either ArithException Word)
  e3 <- try (evaluate (I# (unexpectedValue_Int# void#)))
  print (e3 :: Either ArithException Int)
  e4 <- try (evaluate (W# (unexpectedValue_Word# void#)))
  print (e4 :: Either ArithException Word)
