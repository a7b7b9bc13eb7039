{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- ghc-prim's GHC.PrimopWrappers called by name: every primop as an
-- ordinary function (what GHCi's bytecode calls).
import qualified GHC.PrimopWrappers as W
import GHC.Exts
import GHC.Classes (compareWord#)
import GHC.IO (IO (..))
import GHC.Word
import Control.Exception (ErrorCall (..), SomeException, toException)

data Colour = Red | Green | Blue deriving Show
data Shape = Dot | Box Int Int

main :: IO ()
main = do
  -- Int#
  print (I# (3# W.+# 4#), I# (3# W.-# 10#), I# (6# W.*# 7#))
  print (I# (W.quotInt# 17# 5#), I# (W.remInt# -17# 5#), I# (W.negateInt# 9#))
  print (isTrue# (3# W.<# 4#), isTrue# (3# W.==# 4#), isTrue# (5# W.>=# 5#), isTrue# (1# W./=# 2#))
  case W.quotRemInt# 47# 6# of (# q, r #) -> print (I# q, I# r)
  case W.addIntC# 9223372036854775807# 1# of (# s, c #) -> print (I# s, I# c)
  case W.subIntC# -9223372036854775808# 1# of (# s, c #) -> print (I# s, I# c)
  case W.timesInt2# 4611686018427387904# 4# of (# n, h, l #) -> print (I# n, I# h, I# l)
  print (I# (W.mulIntMayOflo# 3# 4#) /= 0 || True)
  print (I# (W.uncheckedIShiftL# 3# 4#), I# (W.uncheckedIShiftRA# -64# 3#), I# (W.uncheckedIShiftRL# -1# 60#))
  print (I# (W.andI# 12# 10#), I# (W.orI# 12# 10#), I# (W.xorI# 12# 10#), I# (W.notI# 0#))
  -- Word#
  print (W# (W.plusWord# 3## 4##), W# (W.minusWord# 3## 4##), W# (W.timesWord# 5## 6##))
  case W.quotRemWord# 100## 7## of (# q, r #) -> print (W# q, W# r)
  case W.timesWord2# 18446744073709551615## 3## of (# h, l #) -> print (W# h, W# l)
  case W.plusWord2# 18446744073709551615## 3## of (# h, l #) -> print (W# h, W# l)
  case W.addWordC# 18446744073709551615## 2## of (# s, c #) -> print (W# s, I# c)
  case W.quotRemWord2# 1## 5## 7## of (# q, r #) -> print (W# q, W# r)
  print (W# (W.popCnt# 255##), W# (W.clz# 1##), W# (W.ctz# 8##), W# (W.byteSwap# 1##))
  print (W# (W.pdep# 5## 0xF0##), W# (W.pext# 0xA5## 0xF0##), W# (W.bitReverse8# 1##))
  print (W# (W.and# 12## 10##), W# (W.or# 12## 10##), W# (W.xor# 12## 10##), W# (W.not# 0##))
  print (W# (W.uncheckedShiftL# 1## 63#), W# (W.uncheckedShiftRL# 256## 4#))
  print (isTrue# (W.ltWord# 1## 2##), isTrue# (W.geWord# 1## 2##), I# (W.word2Int# 18446744073709551615##))
  print (W# (W.narrow8Word# 300##), I# (W.narrow8Int# 200#), I# (W.narrow16Int# 40000#), W# (W.narrow32Word# 4294967297##))
  print [compareWord# a b | W# a <- [1, maxBound], W# b <- [1, maxBound]]
  -- Char#
  print (C# (W.chr# 65#), I# (W.ord# 'z'#), isTrue# (W.eqChar# 'a'# 'a'#), isTrue# (W.ltChar# 'b'# 'a'#))
  -- Double# and Float#
  print (D# (1.5## W.+## 2.25##), D# (W.sqrtDouble# 2.0##), D# (2.0## W.**## 10.0##), isTrue# (1.0## W.<## 2.0##))
  print (D# (W.int2Double# 7#), I# (W.double2Int# -7.9##), D# (W.expDouble# 1.0##), D# (W.sinDouble# 0.5##))
  print (F# (W.plusFloat# 1.5# 2.25#), F# (W.sqrtFloat# 2.0#), D# (W.float2Double# 0.1#), F# (W.double2Float# 0.1##))
  case W.decodeDouble_Int64# 0.375## of (# m, e #) -> print (I# m, I# e)
  case W.decodeFloat_Int# 0.375# of (# m, e #) -> print (I# m, I# e)
  case W.decodeDouble_2Int# -6.5## of (# s, h, l, e #) -> print (I# s, W# h, W# l, I# e)
  -- tags and evaluation
  print (I# (W.dataToTag# Blue), I# (W.dataToTag# (Box 1 2)), I# (W.dataToTag# Dot))
  -- state-token primops in IO
  n <- IO (\s -> case W.newMutVar# (10 :: Int) s of
                   (# s1, v #) -> case W.readMutVar# v s1 of
                     (# s2, x #) -> case W.writeMutVar# v (x * 3) s2 of
                       s3 -> W.readMutVar# v s3)
  print n
  arr <- IO (\s -> case W.newByteArray# 16# s of
                     (# s1, mba #) -> case W.writeIntArray# mba 0# 41# s1 of
                       s2 -> case W.writeWord8Array# mba 8# 7## s2 of
                         s3 -> case W.readIntArray# mba 0# s3 of
                           (# s4, i #) -> case W.readWord8Array# mba 8# s4 of
                             (# s5, w #) -> case W.unsafeFreezeByteArray# mba s5 of
                               (# s6, ba #) -> (# s6, (I# (i +# 1#), W# w, I# (W.sizeofByteArray# ba), I# (W.indexIntArray# ba 0#)) #))
  print arr
  xs <- IO (\s -> case W.newArray# 3# 'a' s of
                    (# s1, ma #) -> case W.writeArray# ma 1# 'b' s1 of
                      s2 -> case W.unsafeFreezeArray# ma s2 of
                        (# s3, a #) -> case W.indexArray# a 1# of
                          (# c #) -> (# s3, (c, I# (W.sizeofArray# a)) #))
  print xs
  r <- IO (W.catch# (W.raiseIO# (toException (ErrorCall "boom")))
                    (\e s -> (# s, "caught: " ++ show (e :: SomeException) #)))
  putStrLn r
  v <- IO (\s -> W.seq# (length [1 .. 5 :: Int]) s)
  print v
  mv <- IO (\s -> case W.newMVar# s of
                    (# s1, m #) -> case W.putMVar# m "mvar" s1 of
                      s2 -> W.takeMVar# m s2)
  putStrLn mv
