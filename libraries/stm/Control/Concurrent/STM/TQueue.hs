{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC honours UNPACK only when it keeps interface pragmas: without this, at
-- -O0 the TVar fields would stay boxed, unlike the installed package's
-- (whose layout -O1 callers build and take apart themselves).
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Control.Concurrent.STM.TQueue of stm-2.5.0.0, written for hs2stg from
-- the package's documented API and its interface file's data layout: an
-- unbounded FIFO queue as two lists, the front (read in order) and the
-- back (written in reverse), the back reversed into the front when the
-- front runs out.
module Control.Concurrent.STM.TQueue
  ( TQueue, newTQueue, newTQueueIO, readTQueue, tryReadTQueue, flushTQueue
  , peekTQueue, tryPeekTQueue, writeTQueue, unGetTQueue, isEmptyTQueue
  , zz_readTQueue2, zz_peekTQueue2
  , zz_newTQueue1, zz_readTQueue1, zz_tryReadTQueue1, zz_flushTQueue1
  , zz_peekTQueue1, zz_tryPeekTQueue1, zz_writeTQueue1, zz_unGetTQueue1
  , zz_isEmptyTQueue1, zz_zdwreadTQueue, zz_zdwpeekTQueue, zz_zdwflushTQueue
  , zz_tryPeekTQueue2
  ) where

import GHC.Conc.Sync (STM (..), TVar (..), newTVar, newTVarIO, readTVar, writeTVar, retry, orElse)
import GHC.Exts (State#, RealWorld, TVar#)
import Control.Exception.Base (patError)

-- | The front and the (reversed) back.
data TQueue a = TQueue {-# UNPACK #-} !(TVar [a]) {-# UNPACK #-} !(TVar [a])

-- | Queues are equal when they share their front.
instance Eq (TQueue a) where
  TQueue a _ == TQueue b _ = a == b

newTQueue :: STM (TQueue a)
newTQueue = TQueue <$> newTVar [] <*> newTVar []

newTQueueIO :: IO (TQueue a)
newTQueueIO = TQueue <$> newTVarIO [] <*> newTVarIO []

writeTQueue :: TQueue a -> a -> STM ()
writeTQueue (TQueue _ back) x = do
  xs <- readTVar back
  writeTVar back (x : xs)

-- | The front's items, refilled from the back when empty; retries when
-- both are empty.
front :: TQueue a -> STM [a]
front (TQueue fr back) = do
  xs <- readTVar fr
  case xs of
    _ : _ -> pure xs
    [] -> do
      ys <- readTVar back
      case ys of
        [] -> retry
        _ -> do
          let zs = reverse ys
          writeTVar back []
          writeTVar fr zs
          pure zs

readTQueue :: TQueue a -> STM a
readTQueue q@(TQueue fr _) = do
  xs <- front q
  case xs of
    x : rest -> writeTVar fr rest >> pure x
    [] -> retry

tryReadTQueue :: TQueue a -> STM (Maybe a)
tryReadTQueue q = (Just <$> readTQueue q) `orElse` pure Nothing

peekTQueue :: TQueue a -> STM a
peekTQueue q = do
  xs <- front q
  case xs of
    x : _ -> pure x
    [] -> retry

tryPeekTQueue :: TQueue a -> STM (Maybe a)
tryPeekTQueue q = (Just <$> peekTQueue q) `orElse` pure Nothing

-- | Everything in the queue, in order, leaving it empty.
flushTQueue :: TQueue a -> STM [a]
flushTQueue (TQueue fr back) = do
  xs <- readTVar fr
  ys <- readTVar back
  if null xs then pure () else writeTVar fr []
  if null ys then pure () else writeTVar back []
  pure (xs ++ reverse ys)

-- | Puts an item back at the front.
unGetTQueue :: TQueue a -> a -> STM ()
unGetTQueue (TQueue fr _) x = do
  xs <- readTVar fr
  writeTVar fr (x : xs)

isEmptyTQueue :: TQueue a -> STM Bool
isEmptyTQueue (TQueue fr back) = do
  xs <- readTVar fr
  case xs of
    _ : _ -> pure False
    [] -> null <$> readTVar back

-- -O1 callers' names (the interface's): the State#-passing forms, and the
-- workers, which take the queue's two TVar#s.
type St a = State# RealWorld -> (# State# RealWorld, a #)

unSTM :: STM a -> St a
unSTM (STM m) = m

zz_newTQueue1 :: St (TQueue a)
zz_newTQueue1 = unSTM newTQueue
zz_readTQueue1 :: TQueue a -> St a
zz_readTQueue1 q = unSTM (readTQueue q)
zz_tryReadTQueue1 :: TQueue a -> St (Maybe a)
zz_tryReadTQueue1 q = unSTM (tryReadTQueue q)
zz_flushTQueue1 :: TQueue a -> St [a]
zz_flushTQueue1 q = unSTM (flushTQueue q)
zz_peekTQueue1 :: TQueue a -> St a
zz_peekTQueue1 q = unSTM (peekTQueue q)
zz_tryPeekTQueue1 :: TQueue a -> St (Maybe a)
zz_tryPeekTQueue1 q = unSTM (tryPeekTQueue q)
zz_writeTQueue1 :: TQueue a -> a -> St ()
zz_writeTQueue1 q x = unSTM (writeTQueue q x)
zz_unGetTQueue1 :: TQueue a -> a -> St ()
zz_unGetTQueue1 q x = unSTM (unGetTQueue q x)
zz_isEmptyTQueue1 :: TQueue a -> St Bool
zz_isEmptyTQueue1 q = unSTM (isEmptyTQueue q)

zz_zdwreadTQueue :: TVar# RealWorld [a] -> TVar# RealWorld [a] -> St a
zz_zdwreadTQueue a b = unSTM (readTQueue (TQueue (TVar a) (TVar b)))
zz_zdwpeekTQueue :: TVar# RealWorld [a] -> TVar# RealWorld [a] -> St a
zz_zdwpeekTQueue a b = unSTM (peekTQueue (TQueue (TVar a) (TVar b)))
zz_zdwflushTQueue :: TVar# RealWorld [a] -> TVar# RealWorld [a] -> St [a]
zz_zdwflushTQueue a b = unSTM (flushTQueue (TQueue (TVar a) (TVar b)))

-- tryPeekTQueue's answer when the queue is empty.
zz_tryPeekTQueue2 :: St (Maybe a)
zz_tryPeekTQueue2 = unSTM (pure Nothing)

-- The installed package's failed lazy patterns (a reversed
-- non-empty list taken apart as `z : zs`), which -O1 code inlining the
-- read and peek workers links to; no queue ever reaches them.
zz_readTQueue2 :: (a, [a])
zz_readTQueue2 = patError "libraries/stm/Control/Concurrent/STM/TQueue.hs:99:15-33|z : zs"#

zz_peekTQueue2 :: (a, [a])
zz_peekTQueue2 = patError "libraries/stm/Control/Concurrent/STM/TQueue.hs:134:15-33|z : zs"#
