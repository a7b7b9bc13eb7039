{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Array: arrays of UTF-16 code units
-- (Word16) in a ByteArray#, as the installed package lays them out.
-- (-fno-omit-interface-pragmas makes GHC honour UNPACK at -O0.)
module Data.Text.Array
  ( Array (..),
    MArray (..),
    copyI,
    copyM,
    empty,
    equal,
    new,
    run,
    run2,
    toList,
    unsafeFreeze,
    unsafeIndex,
    unsafeWrite,
    array_size_error,
  )
where

import GHC.Exts hiding (toList)
import GHC.ST (ST (..), runST)
import GHC.Word (Word16 (..))

-- | An immutable array of Word16 code units.
data Array = Array {aBA :: ByteArray#}

-- | A mutable array of Word16 code units.
data MArray s = MArray {maBA :: MutableByteArray# s}

-- | A new array of n code units.
new :: Int -> ST s (MArray s)
new n@(I# n#)
  | n < 0 || n > 0x3fffffffffffffff = array_size_error
  | otherwise = ST (\s -> case newByteArray# (n# *# 2#) s of (# s', a #) -> (# s', MArray a #))

unsafeFreeze :: MArray s -> ST s Array
unsafeFreeze (MArray a) = ST (\s -> case unsafeFreezeByteArray# a s of (# s', b #) -> (# s', Array b #))

unsafeIndex :: Array -> Int -> Word16
unsafeIndex (Array a) (I# i) = W16# (indexWord16Array# a i)

unsafeWrite :: MArray s -> Int -> Word16 -> ST s ()
unsafeWrite (MArray a) (I# i) (W16# w) = ST (\s -> case writeWord16Array# a i w s of s' -> (# s', () #))

-- | The code units from an offset, a count of them.
toList :: Array -> Int -> Int -> [Word16]
toList arr off len = go 0
  where
    go i
      | i < len = unsafeIndex arr (off + i) : go (i + 1)
      | otherwise = []

empty :: Array
empty = run (new 0)

run :: (forall s. ST s (MArray s)) -> Array
run act = runST (act >>= unsafeFreeze)

run2 :: (forall s. ST s (MArray s, a)) -> (Array, a)
run2 act = runST (do (m, a) <- act; arr <- unsafeFreeze m; return (arr, a))

-- | copyM dest destOff src srcOff count.
copyM :: MArray s -> Int -> MArray s -> Int -> Int -> ST s ()
copyM (MArray d) (I# doff) (MArray s0) (I# soff) n@(I# n#)
  | n <= 0 = return ()
  | otherwise =
      ST (\s -> case copyMutableByteArray# s0 (soff *# 2#) d (doff *# 2#) (n# *# 2#) s of s' -> (# s', () #))

-- | copyI dest destOff src srcOff destEnd: copies destEnd - destOff units.
copyI :: MArray s -> Int -> Array -> Int -> Int -> ST s ()
copyI (MArray d) i@(I# doff) (Array a) (I# soff) top
  | n <= 0 = return ()
  | otherwise =
      case n of
        I# n# -> ST (\s -> case copyByteArray# a (soff *# 2#) d (doff *# 2#) (n# *# 2#) s of s' -> (# s', () #))
  where
    n = top - i

-- | equal arrA offA arrB offB count.
equal :: Array -> Int -> Array -> Int -> Int -> Bool
equal (Array a) (I# aoff) (Array b) (I# boff) n@(I# n#)
  | n <= 0 = True
  | otherwise = isTrue# (compareByteArrays# a (aoff *# 2#) b (boff *# 2#) (n# *# 2#) ==# 0#)

array_size_error :: a
array_size_error = error "Data.Text.Array.new: size overflow"
{-# NOINLINE array_size_error #-}
