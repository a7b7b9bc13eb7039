{-# LANGUAGE MagicHash, UnboxedTuples, MultiParamTypeClasses, FlexibleInstances #-}
-- | Control.Concurrent.STM.TArray of stm-2.5.0.0, written for hs2stg from
-- the package's documented API and its interface file's layout: a mutable
-- array for transactions, an immutable Array of TVars (one per element),
-- used through the array package's MArray class.
module Control.Concurrent.STM.TArray
  ( TArray
  , zz_zdfMArrayTArrayeSTM1, zz_zdfMArrayTArrayeSTM2, zz_zdfMArrayTArrayeSTM3
  , zz_zdfMArrayTArrayeSTM4, zz_zdfMArrayTArrayeSTM5, zz_zdfMArrayTArrayeSTM6
  , zz_zdwzdcnewArray, zz_zdwzdcnewArrayzu, zz_zdwzdczeze
  ) where

import Data.Array.Base (MArray (..), arrEleBottom)
import GHC.Arr (Array (..), bounds, numElements, unsafeAt)
import GHC.Conc.Sync (STM (..), TVar, newTVar, readTVar, writeTVar)
import GHC.Exts (State#, RealWorld, Int (I#), Int#, Array#, MutableArray#, newArray#, writeArray#, unsafeFreezeArray#, (+#))
import GHC.ST (ST (..), runST)
import Data.Ix (Ix, rangeSize)

newtype TArray i e = TArray (Array i (TVar e)) deriving (Eq)

-- | n TVars holding the element, as an array with the given bounds.
newTArray :: ((i, i) -> Int) -> (i, i) -> e -> STM (TArray i e)
newTArray size b x = do
  let n = size b
  tvs <- mapM (const (newTVar x)) [1 .. n]
  pure (TArray (arrayOfList b n tvs))

-- | The array with the given bounds and number of elements, of a list of
-- that many elements (in index order).
arrayOfList :: (i, i) -> Int -> [e] -> Array i e
arrayOfList (l, u) n@(I# n#) xs =
  runST
    ( ST
        ( \s0 -> case newArray# n# arrEleBottom s0 of
            (# s1, marr #) -> case unsafeFreezeArray# marr (fill marr 0# xs s1) of
              (# s2, arr #) -> (# s2, Array l u n arr #)
        )
    )
  where
    fill :: MutableArray# s e -> Int# -> [e] -> State# s -> State# s
    fill _ _ [] s = s
    fill marr k (y : ys) s = case writeArray# marr k y s of s' -> fill marr (k +# 1#) ys s'

instance MArray TArray e STM where
  getBounds (TArray a) = pure (bounds a)
  getNumElements (TArray a) = pure (numElements a)
  newArray = newTArray rangeSize
  newArray_ b = newTArray rangeSize b arrEleBottom
  unsafeNewArray_ b = newTArray rangeSize b arrEleBottom
  unsafeRead (TArray a) i = readTVar (unsafeAt a i)
  unsafeWrite (TArray a) i x = writeTVar (unsafeAt a i) x

-- -O1 callers' names (the interface's): the instance's methods in
-- State#-passing form, and newArray's workers (given rangeSize).
type St a = State# RealWorld -> (# State# RealWorld, a #)

unSTM :: STM a -> St a
unSTM (STM m) = m

zz_zdfMArrayTArrayeSTM1 :: Ix i => TArray i e -> Int -> e -> St ()
zz_zdfMArrayTArrayeSTM1 a i x = unSTM (unsafeWrite a i x)
zz_zdfMArrayTArrayeSTM2 :: Ix i => TArray i e -> Int -> St e
zz_zdfMArrayTArrayeSTM2 a i = unSTM (unsafeRead a i)
zz_zdfMArrayTArrayeSTM3 :: Ix i => (i, i) -> e -> St (TArray i e)
zz_zdfMArrayTArrayeSTM3 b x = unSTM (newArray b x)
zz_zdfMArrayTArrayeSTM4 :: Ix i => (i, i) -> St (TArray i e)
zz_zdfMArrayTArrayeSTM4 b = unSTM (newArray_ b)
zz_zdfMArrayTArrayeSTM5 :: Ix i => TArray i e -> St Int
zz_zdfMArrayTArrayeSTM5 a = unSTM (getNumElements a)
zz_zdfMArrayTArrayeSTM6 :: Ix i => TArray i e -> St (i, i)
zz_zdfMArrayTArrayeSTM6 a = unSTM (getBounds a)
zz_zdwzdcnewArray :: ((i, i) -> Int) -> (i, i) -> e -> St (TArray i e)
zz_zdwzdcnewArray size b x = unSTM (newTArray size b x)
zz_zdwzdcnewArrayzu :: ((i, i) -> Int) -> (i, i) -> St (TArray i e)
zz_zdwzdcnewArrayzu size b = unSTM (newTArray size b arrEleBottom)

-- (==)'s worker: both arrays' fields.
zz_zdwzdczeze :: Ix i => i -> i -> Int# -> Array# (TVar e) -> i -> i -> Int# -> Array# (TVar e) -> Bool
zz_zdwzdczeze l u n a l' u' n' a' =
  TArray (Array l u (I# n) a) == TArray (Array l' u' (I# n') a')
