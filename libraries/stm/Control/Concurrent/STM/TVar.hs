{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples #-}
-- | Control.Concurrent.STM.TVar of stm-2.5.0.0, written for hs2stg from the
-- package's documented API. TVar and its primitive operations are base's
-- (GHC.Conc); mkWeakTVar is a weak pointer keyed on the TVar# (base's
-- GHC.Weak).
module Control.Concurrent.STM.TVar
  ( TVar, newTVar, newTVarIO, readTVar, readTVarIO, writeTVar
  , modifyTVar, modifyTVar', stateTVar, swapTVar, registerDelay, mkWeakTVar
  ) where

import qualified GHC.Conc.Sync as Sync
import GHC.Exts (mkWeak#)
import GHC.IO (IO (..))
import GHC.Weak (Weak (..))

import GHC.Conc (TVar, STM, newTVar, newTVarIO, readTVar, readTVarIO, writeTVar, registerDelay)

-- | Applies the function to the TVar's contents (lazily).
modifyTVar :: TVar a -> (a -> a) -> STM ()
modifyTVar v f = readTVar v >>= writeTVar v . f

-- | Applies the function to the TVar's contents, forcing the new value.
modifyTVar' :: TVar a -> (a -> a) -> STM ()
modifyTVar' v f = do
  x <- readTVar v
  let !y = f x
  writeTVar v y

-- | Runs a state function on the TVar's contents: its first component is
-- the result, the second the new contents.
stateTVar :: TVar s -> (s -> (a, s)) -> STM a
stateTVar v f = do
  s <- readTVar v
  case f s of
    (a, s') -> do
      writeTVar v s'
      pure a

-- | Writes the new value, returning the old one.
swapTVar :: TVar a -> a -> STM a
swapTVar v new = do
  old <- readTVar v
  writeTVar v new
  pure old

-- | A weak pointer to the TVar, keyed on its TVar#, running the finalizer
-- when it is finalized.
mkWeakTVar :: TVar a -> IO () -> IO (Weak (TVar a))
mkWeakTVar t@(Sync.TVar t#) (IO finalizer) = IO (\s ->
  case mkWeak# t# t finalizer s of (# s1, w #) -> (# s1, Weak w #))
