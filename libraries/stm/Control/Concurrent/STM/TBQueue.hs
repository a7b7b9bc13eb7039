{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC honours UNPACK only when it keeps interface pragmas: without this, at
-- -O0 the TVar fields would stay boxed, unlike the installed package's
-- (whose layout -O1 callers build and take apart themselves).
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Control.Concurrent.STM.TBQueue of stm-2.5.0.0, written for hs2stg from
-- the package's documented API and its interface file's data layout: a
-- bounded FIFO queue. Its fields, in the interface's order: the slots
-- readers have freed that writers have not taken back yet, the front
-- (read in order), the free slots writers know of, the back (written in
-- reverse) and the capacity. The workers GHC's -O1 callers use take the
-- fields they need, which is what each operation here uses: a write takes
-- the two counts and the back, a read the freed count and both lists.
module Control.Concurrent.STM.TBQueue
  ( TBQueue, newTBQueue, newTBQueueIO, readTBQueue, tryReadTBQueue
  , flushTBQueue, peekTBQueue, tryPeekTBQueue, writeTBQueue, unGetTBQueue
  , lengthTBQueue, isEmptyTBQueue, isFullTBQueue
  , zz_readTBQueue2, zz_peekTBQueue2
  , zz_newTBQueue1, zz_readTBQueue1, zz_tryReadTBQueue1, zz_flushTBQueue1
  , zz_peekTBQueue1, zz_tryPeekTBQueue1, zz_writeTBQueue1
  , zz_lengthTBQueue1, zz_isEmptyTBQueue1, zz_isFullTBQueue1
  , zz_tryPeekTBQueue2, zz_tryPeekTBQueue3, zz_flushTBQueue2, zz_readTBQueue3
  , zz_zdwreadTBQueue, zz_zdwpeekTBQueue, zz_zdwwriteTBQueue
  , zz_zdwunGetTBQueue, zz_zdwisFullTBQueue, zz_zdwflushTBQueue
  ) where

import GHC.Conc.Sync (STM (..), TVar (..), newTVar, newTVarIO, readTVar, writeTVar, retry, orElse)
import GHC.Exts (State#, RealWorld, TVar#)
import Control.Exception.Base (patError)
import Numeric.Natural (Natural)

data TBQueue a
  = TBQueue
      {-# UNPACK #-} !(TVar Natural) -- slots freed by reads
      {-# UNPACK #-} !(TVar [a]) -- the front
      {-# UNPACK #-} !(TVar Natural) -- free slots writers know of
      {-# UNPACK #-} !(TVar [a]) -- the back, reversed
      !Natural -- the capacity

-- | Queues are equal when they share their first TVar.
instance Eq (TBQueue a) where
  TBQueue a _ _ _ _ == TBQueue b _ _ _ _ = a == b

-- | A queue holding at most the given number of items.
newTBQueue :: Natural -> STM (TBQueue a)
newTBQueue size = do
  freed <- newTVar 0
  fr <- newTVar []
  free <- newTVar size
  back <- newTVar []
  pure (TBQueue freed fr free back size)

newTBQueueIO :: Natural -> IO (TBQueue a)
newTBQueueIO size = do
  freed <- newTVarIO 0
  fr <- newTVarIO []
  free <- newTVarIO size
  back <- newTVarIO []
  pure (TBQueue freed fr free back size)

-- | Adds an item at the back; retries while the queue is full.
writeTBQueue :: TBQueue a -> a -> STM ()
writeTBQueue (TBQueue freed _ free back _) = writeQ freed free back

writeQ :: TVar Natural -> TVar Natural -> TVar [a] -> a -> STM ()
writeQ freed free back x = do
  w <- readTVar free
  if w > 0
    then writeTVar free (w - 1)
    else do
      r <- readTVar freed
      if r > 0
        then writeTVar freed 0 >> writeTVar free (r - 1)
        else retry
  xs <- readTVar back
  writeTVar back (x : xs)

-- | The front's items, refilled from the back when empty; retries when
-- both are empty.
front :: TVar [a] -> TVar [a] -> STM [a]
front fr back = do
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

-- | Takes the item at the front; retries while the queue is empty.
readTBQueue :: TBQueue a -> STM a
readTBQueue (TBQueue freed fr _ back _) = readQ freed fr back

readQ :: TVar Natural -> TVar [a] -> TVar [a] -> STM a
readQ freed fr back = do
  xs <- front fr back
  case xs of
    x : rest -> do
      writeTVar fr rest
      r <- readTVar freed
      writeTVar freed (r + 1)
      pure x
    [] -> retry

tryReadTBQueue :: TBQueue a -> STM (Maybe a)
tryReadTBQueue q = (Just <$> readTBQueue q) `orElse` pure Nothing

peekTBQueue :: TBQueue a -> STM a
peekTBQueue (TBQueue _ fr _ back _) = peekQ fr back

peekQ :: TVar [a] -> TVar [a] -> STM a
peekQ fr back = do
  xs <- front fr back
  case xs of
    x : _ -> pure x
    [] -> retry

tryPeekTBQueue :: TBQueue a -> STM (Maybe a)
tryPeekTBQueue q = (Just <$> peekTBQueue q) `orElse` pure Nothing

-- | Puts an item back at the front; retries while the queue is full.
unGetTBQueue :: TBQueue a -> a -> STM ()
unGetTBQueue (TBQueue freed fr free _ _) = unGetQ freed fr free

unGetQ :: TVar Natural -> TVar [a] -> TVar Natural -> a -> STM ()
unGetQ freed fr free x = do
  r <- readTVar freed
  if r > 0
    then writeTVar freed (r - 1)
    else do
      w <- readTVar free
      if w > 0 then writeTVar free (w - 1) else retry
  xs <- readTVar fr
  writeTVar fr (x : xs)

-- | Everything in the queue, in order, leaving it empty.
flushTBQueue :: TBQueue a -> STM [a]
flushTBQueue (TBQueue freed fr free back size) = do
  xs <- readTVar fr
  ys <- readTVar back
  if null xs && null ys
    then pure []
    else do
      writeTVar fr []
      writeTVar back []
      writeTVar freed 0
      writeTVar free size
      pure (xs ++ reverse ys)

-- | The number of items in the queue.
lengthTBQueue :: TBQueue a -> STM Natural
lengthTBQueue (TBQueue freed _ free _ size) = do
  r <- readTVar freed
  w <- readTVar free
  pure (size - r - w)

isEmptyTBQueue :: TBQueue a -> STM Bool
isEmptyTBQueue (TBQueue _ fr _ back _) = do
  xs <- readTVar fr
  case xs of
    _ : _ -> pure False
    [] -> null <$> readTVar back

isFullTBQueue :: TBQueue a -> STM Bool
isFullTBQueue (TBQueue freed _ free _ _) = isFullQ freed free

isFullQ :: TVar Natural -> TVar Natural -> STM Bool
isFullQ freed free = do
  w <- readTVar free
  if w > 0
    then pure False
    else do
      r <- readTVar freed
      pure (r <= 0)

-- -O1 callers' names (the interface's): the State#-passing forms, and the
-- workers, which take the fields each operation uses.
type St a = State# RealWorld -> (# State# RealWorld, a #)

unSTM :: STM a -> St a
unSTM (STM m) = m

zz_newTBQueue1 :: Natural -> St (TBQueue a)
zz_newTBQueue1 n = unSTM (newTBQueue n)
zz_readTBQueue1 :: TBQueue a -> St a
zz_readTBQueue1 q = unSTM (readTBQueue q)
zz_tryReadTBQueue1 :: TBQueue a -> St (Maybe a)
zz_tryReadTBQueue1 q = unSTM (tryReadTBQueue q)
zz_flushTBQueue1 :: TBQueue a -> St [a]
zz_flushTBQueue1 q = unSTM (flushTBQueue q)
zz_peekTBQueue1 :: TBQueue a -> St a
zz_peekTBQueue1 q = unSTM (peekTBQueue q)
zz_tryPeekTBQueue1 :: TBQueue a -> St (Maybe a)
zz_tryPeekTBQueue1 q = unSTM (tryPeekTBQueue q)
zz_writeTBQueue1 :: TBQueue a -> a -> St ()
zz_writeTBQueue1 q x = unSTM (writeTBQueue q x)
zz_lengthTBQueue1 :: TBQueue a -> St Natural
zz_lengthTBQueue1 q = unSTM (lengthTBQueue q)
zz_isEmptyTBQueue1 :: TBQueue a -> St Bool
zz_isEmptyTBQueue1 q = unSTM (isEmptyTBQueue q)
zz_isFullTBQueue1 :: TBQueue a -> St Bool
zz_isFullTBQueue1 q = unSTM (isFullTBQueue q)
-- unGetTBQueue's State#-passing form has this name in the interface.
zz_tryPeekTBQueue2 :: TBQueue a -> a -> St ()
zz_tryPeekTBQueue2 q x = unSTM (unGetTBQueue q x)

-- tryPeekTBQueue's answer when the queue is empty.
zz_tryPeekTBQueue3 :: St (Maybe a)
zz_tryPeekTBQueue3 = unSTM (pure Nothing)

type TV a = TVar# RealWorld a

zz_zdwreadTBQueue :: TV Natural -> TV [a] -> TV [a] -> St a
zz_zdwreadTBQueue a b d = unSTM (readQ (TVar a) (TVar b) (TVar d))
zz_zdwpeekTBQueue :: TV [a] -> TV [a] -> St a
zz_zdwpeekTBQueue b d = unSTM (peekQ (TVar b) (TVar d))
zz_zdwwriteTBQueue :: TV Natural -> TV Natural -> TV [a] -> a -> St ()
zz_zdwwriteTBQueue a c d x = unSTM (writeQ (TVar a) (TVar c) (TVar d) x)
zz_zdwunGetTBQueue :: TV Natural -> TV [a] -> TV Natural -> a -> St ()
zz_zdwunGetTBQueue a b c x = unSTM (unGetQ (TVar a) (TVar b) (TVar c) x)
zz_zdwisFullTBQueue :: TV Natural -> TV Natural -> St Bool
zz_zdwisFullTBQueue a c = unSTM (isFullQ (TVar a) (TVar c))
zz_zdwflushTBQueue :: TV Natural -> TV [a] -> TV Natural -> TV [a] -> Natural -> St [a]
zz_zdwflushTBQueue a b c d n = unSTM (flushTBQueue (TBQueue (TVar a) (TVar b) (TVar c) (TVar d) n))

-- The Natural constants the package's inlined code uses (0 for a new
-- queue's freed-reads count, 1 for a read): Naturals, NS constructors.
zz_flushTBQueue2, zz_readTBQueue3 :: Natural
zz_flushTBQueue2 = 0
zz_readTBQueue3 = 1

-- The installed package's failed lazy patterns (a reversed
-- non-empty list taken apart as `z : zs`), which -O1 code inlining the
-- read and peek workers links to; no queue ever reaches them.
zz_readTBQueue2 :: (a, [a])
zz_readTBQueue2 = patError "libraries/stm/Control/Concurrent/STM/TBQueue.hs:133:15-33|z : zs"#

zz_peekTBQueue2 :: (a, [a])
zz_peekTBQueue2 = patError "libraries/stm/Control/Concurrent/STM/TBQueue.hs:173:15-33|z : zs"#
