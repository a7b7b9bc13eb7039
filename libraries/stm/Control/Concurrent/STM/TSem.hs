{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Control.Concurrent.STM.TSem of stm-2.5.0.0, written for hs2stg from the
-- package's documented API: a counting semaphore, a TVar of the number of
-- available units.
module Control.Concurrent.STM.TSem
  ( TSem, newTSem, waitTSem, signalTSem, signalTSemN
  , zz_newTSem1, zz_waitTSem1, zz_signalTSem1, zz_signalTSemN1, zz_zdwwaitTSem
  , zz_signalTSemN2, zz_signalTSemN3
  ) where

import GHC.Conc.Sync (STM (..), TVar (..), newTVar, readTVar, writeTVar, retry)
import GHC.Exts (State#, RealWorld, TVar#)
import Numeric.Natural (Natural)

newtype TSem = TSem (TVar Integer) deriving (Eq)

-- | A semaphore with the given number of units (possibly negative).
newTSem :: Integer -> STM TSem
newTSem n = TSem <$> newTVar n

-- | Takes a unit; retries while none is available.
waitTSem :: TSem -> STM ()
waitTSem (TSem v) = do
  n <- readTVar v
  if n <= 0 then retry else writeTVar v $! n - 1

-- | Gives a unit back.
signalTSem :: TSem -> STM ()
signalTSem (TSem v) = do
  n <- readTVar v
  writeTVar v $! n + 1

-- | Gives the given number of units back.
signalTSemN :: Natural -> TSem -> STM ()
signalTSemN 0 _ = pure ()
signalTSemN k (TSem v) = do
  n <- readTVar v
  writeTVar v $! n + toInteger k

-- -O1 callers' names (the interface's).
type St a = State# RealWorld -> (# State# RealWorld, a #)

unSTM :: STM a -> St a
unSTM (STM m) = m

zz_newTSem1 :: Integer -> St TSem
zz_newTSem1 n = unSTM (newTSem n)
zz_waitTSem1 :: TSem -> St ()
zz_waitTSem1 t = unSTM (waitTSem t)
zz_signalTSem1 :: TSem -> St ()
zz_signalTSem1 t = unSTM (signalTSem t)
zz_signalTSemN1 :: Natural -> TSem -> St ()
zz_signalTSemN1 k t = unSTM (signalTSemN k t)
zz_zdwwaitTSem :: TVar# RealWorld Integer -> St ()
zz_zdwwaitTSem v = unSTM (waitTSem (TSem (TVar v)))

-- The Natural constants signalTSemN's inlined code uses.
zz_signalTSemN2, zz_signalTSemN3 :: Natural
zz_signalTSemN2 = 1
zz_signalTSemN3 = 0
