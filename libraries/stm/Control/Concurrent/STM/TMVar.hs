{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Control.Concurrent.STM.TMVar of stm-2.5.0.0, written for hs2stg from
-- the package's documented API: an MVar for transactions, a TVar holding
-- Nothing (empty) or Just the value.
module Control.Concurrent.STM.TMVar
  ( TMVar, newTMVar, newEmptyTMVar, newTMVarIO, newEmptyTMVarIO
  , takeTMVar, putTMVar, readTMVar, tryReadTMVar, swapTMVar
  , tryTakeTMVar, tryPutTMVar, isEmptyTMVar, mkWeakTMVar
  , zz_newTMVar1, zz_newEmptyTMVar1, zz_takeTMVar1, zz_putTMVar1
  , zz_readTMVar1, zz_tryReadTMVar1, zz_swapTMVar1, zz_tryTakeTMVar1
  , zz_tryPutTMVar1, zz_isEmptyTMVar1
  ) where

import GHC.Conc.Sync (STM (..), TVar, newTVar, newTVarIO, readTVar, writeTVar, retry)
import qualified GHC.Conc.Sync as Sync
import GHC.Exts (State#, RealWorld, mkWeak#)
import GHC.IO (IO (..))
import GHC.Weak (Weak (..))

-- | A transactional MVar: empty or full.
newtype TMVar a = TMVar (TVar (Maybe a)) deriving (Eq)

newTMVar :: a -> STM (TMVar a)
newTMVar x = TMVar <$> newTVar (Just x)

newEmptyTMVar :: STM (TMVar a)
newEmptyTMVar = TMVar <$> newTVar Nothing

newTMVarIO :: a -> IO (TMVar a)
newTMVarIO x = TMVar <$> newTVarIO (Just x)

newEmptyTMVarIO :: IO (TMVar a)
newEmptyTMVarIO = TMVar <$> newTVarIO Nothing

-- | Takes the value, leaving the TMVar empty; retries while it is empty.
takeTMVar :: TMVar a -> STM a
takeTMVar (TMVar v) = do
  m <- readTVar v
  case m of
    Nothing -> retry
    Just x -> writeTVar v Nothing >> pure x

tryTakeTMVar :: TMVar a -> STM (Maybe a)
tryTakeTMVar (TMVar v) = do
  m <- readTVar v
  case m of
    Nothing -> pure Nothing
    Just x -> writeTVar v Nothing >> pure (Just x)

-- | Fills the TMVar; retries while it is full.
putTMVar :: TMVar a -> a -> STM ()
putTMVar (TMVar v) x = do
  m <- readTVar v
  case m of
    Nothing -> writeTVar v (Just x)
    Just _ -> retry

tryPutTMVar :: TMVar a -> a -> STM Bool
tryPutTMVar (TMVar v) x = do
  m <- readTVar v
  case m of
    Nothing -> writeTVar v (Just x) >> pure True
    Just _ -> pure False

-- | The value, leaving it in place; retries while empty.
readTMVar :: TMVar a -> STM a
readTMVar (TMVar v) = readTVar v >>= maybe retry pure

tryReadTMVar :: TMVar a -> STM (Maybe a)
tryReadTMVar (TMVar v) = readTVar v

-- | Replaces the value, returning the old one; retries while empty.
swapTMVar :: TMVar a -> a -> STM a
swapTMVar (TMVar v) new = do
  m <- readTVar v
  case m of
    Nothing -> retry
    Just old -> writeTVar v (Just new) >> pure old

isEmptyTMVar :: TMVar a -> STM Bool
isEmptyTMVar (TMVar v) = do
  m <- readTVar v
  case m of
    Nothing -> pure True
    Just _ -> pure False

-- -O1 callers' names (the interface's): the State#-passing forms.
type St a = State# RealWorld -> (# State# RealWorld, a #)

unSTM :: STM a -> St a
unSTM (STM m) = m

zz_newTMVar1 :: a -> St (TMVar a)
zz_newTMVar1 x = unSTM (newTMVar x)
zz_newEmptyTMVar1 :: St (TMVar a)
zz_newEmptyTMVar1 = unSTM newEmptyTMVar
zz_takeTMVar1 :: TMVar a -> St a
zz_takeTMVar1 t = unSTM (takeTMVar t)
zz_putTMVar1 :: TMVar a -> a -> St ()
zz_putTMVar1 t x = unSTM (putTMVar t x)
zz_readTMVar1 :: TMVar a -> St a
zz_readTMVar1 t = unSTM (readTMVar t)
zz_tryReadTMVar1 :: TMVar a -> St (Maybe a)
zz_tryReadTMVar1 t = unSTM (tryReadTMVar t)
zz_swapTMVar1 :: TMVar a -> a -> St a
zz_swapTMVar1 t x = unSTM (swapTMVar t x)
zz_tryTakeTMVar1 :: TMVar a -> St (Maybe a)
zz_tryTakeTMVar1 t = unSTM (tryTakeTMVar t)
zz_tryPutTMVar1 :: TMVar a -> a -> St Bool
zz_tryPutTMVar1 t x = unSTM (tryPutTMVar t x)
zz_isEmptyTMVar1 :: TMVar a -> St Bool
zz_isEmptyTMVar1 t = unSTM (isEmptyTMVar t)

-- | A weak pointer to the TMVar, keyed on the TVar# inside it.
mkWeakTMVar :: TMVar a -> IO () -> IO (Weak (TMVar a))
mkWeakTMVar tm@(TMVar (Sync.TVar t#)) (IO finalizer) = IO (\s ->
  case mkWeak# t# tm finalizer s of (# s1, w #) -> (# s1, Weak w #))
