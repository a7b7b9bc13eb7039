{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC honours UNPACK only when it keeps interface pragmas: without this, at
-- -O0 the TVar fields would stay boxed, unlike the installed package's
-- (whose layout -O1 callers build and take apart themselves).
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Control.Concurrent.STM.TChan of stm-2.5.0.0, written for hs2stg from
-- the package's documented API and its interface file's data layout: an
-- unbounded FIFO channel as a linked list of TVars, with a read pointer and
-- a write pointer (each a TVar holding the list cell it points at).
module Control.Concurrent.STM.TChan
  ( TChan, newTChan, newTChanIO, newBroadcastTChan, newBroadcastTChanIO
  , dupTChan, cloneTChan, readTChan, tryReadTChan, peekTChan, tryPeekTChan
  , writeTChan, unGetTChan, isEmptyTChan
  , zz_newTChan1, zz_newBroadcastTChan1, zz_dupTChan1, zz_cloneTChan1
  , zz_readTChan1, zz_tryReadTChan1, zz_peekTChan1, zz_tryPeekTChan1
  , zz_writeTChan1, zz_unGetTChan1, zz_isEmptyTChan1, zz_newBroadcastTChanIO1
  , zz_newBroadcastTChan2, zz_newBroadcastTChanIO2
  ) where

import GHC.Conc.Sync (STM (..), TVar (..), newTVar, newTVarIO, readTVar, writeTVar, retry)
import GHC.Exts (State#, RealWorld)
import GHC.IO (IO (..))
import Control.Exception (ErrorCall (..), throw)

type TVarList a = TVar (TList a)

-- | A list cell: the end of the channel, or an item and the next cell.
data TList a = TNil | TCons a {-# UNPACK #-} !(TVarList a)

-- | The read pointer and the write pointer.
data TChan a = TChan {-# UNPACK #-} !(TVar (TVarList a)) {-# UNPACK #-} !(TVar (TVarList a))

-- | Channels are equal when they share their read pointer.
instance Eq (TChan a) where
  TChan a _ == TChan b _ = a == b

newTChan :: STM (TChan a)
newTChan = do
  hole <- newTVar TNil
  TChan <$> newTVar hole <*> newTVar hole

newTChanIO :: IO (TChan a)
newTChanIO = do
  hole <- newTVarIO TNil
  TChan <$> newTVarIO hole <*> newTVarIO hole

-- | A write-only channel: only its duplicates ('dupTChan') can be read.
newBroadcastTChan :: STM (TChan a)
newBroadcastTChan = do
  hole <- newTVar TNil
  TChan <$> newTVar zz_newBroadcastTChan2 <*> newTVar hole

newBroadcastTChanIO :: IO (TChan a)
newBroadcastTChanIO = do
  hole <- newTVarIO TNil
  TChan <$> newTVarIO zz_newBroadcastTChanIO2 <*> newTVarIO hole

-- The read ends of broadcast channels (-O1 callers name them too).
zz_newBroadcastTChan2, zz_newBroadcastTChanIO2 :: TVarList a
zz_newBroadcastTChan2 = broadcastRead "newBroadcastTChan" "103:22"
zz_newBroadcastTChanIO2 = broadcastRead "newBroadcastTChanIO" "113:24"

-- | The read end of a broadcast channel: reading it is stm's error, with
-- the call stack stm's own `error` call (at the given line:column) has.
broadcastRead :: String -> String -> TVarList a
broadcastRead fun loc =
  throw
    ( ErrorCallWithLocation
        ("reading from a TChan created by " ++ fun ++ "; use dupTChan first")
        ( "CallStack (from HasCallStack):\n  error, called at libraries/stm/Control/Concurrent/STM/TChan.hs:"
            ++ loc
            ++ " in stm-2.5.0.0:Control.Concurrent.STM.TChan"
        )
    )

writeTChan :: TChan a -> a -> STM ()
writeTChan (TChan _ write) x = do
  end <- readTVar write
  end' <- newTVar TNil
  writeTVar end (TCons x end')
  writeTVar write end'

-- | The next item; retries while the channel is empty.
readTChan :: TChan a -> STM a
readTChan (TChan readVar _) = do
  cell <- readTVar readVar
  h <- readTVar cell
  case h of
    TNil -> retry
    TCons x next -> writeTVar readVar next >> pure x

tryReadTChan :: TChan a -> STM (Maybe a)
tryReadTChan (TChan readVar _) = do
  cell <- readTVar readVar
  h <- readTVar cell
  case h of
    TNil -> pure Nothing
    TCons x next -> writeTVar readVar next >> pure (Just x)

peekTChan :: TChan a -> STM a
peekTChan (TChan readVar _) = do
  cell <- readTVar readVar
  h <- readTVar cell
  case h of
    TNil -> retry
    TCons x _ -> pure x

tryPeekTChan :: TChan a -> STM (Maybe a)
tryPeekTChan (TChan readVar _) = do
  cell <- readTVar readVar
  h <- readTVar cell
  case h of
    TNil -> pure Nothing
    TCons x _ -> pure (Just x)

-- | A new channel that starts empty and sees everything written to either
-- channel from now on.
dupTChan :: TChan a -> STM (TChan a)
dupTChan (TChan _ write) = do
  end <- readTVar write
  readVar <- newTVar end
  pure (TChan readVar write)

-- | A new channel with the same unread items and the same future items.
cloneTChan :: TChan a -> STM (TChan a)
cloneTChan (TChan readVar write) = do
  cell <- readTVar readVar
  readVar' <- newTVar cell
  pure (TChan readVar' write)

-- | Puts an item back at the read end.
unGetTChan :: TChan a -> a -> STM ()
unGetTChan (TChan readVar _) x = do
  cell <- readTVar readVar
  cell' <- newTVar (TCons x cell)
  writeTVar readVar cell'

isEmptyTChan :: TChan a -> STM Bool
isEmptyTChan (TChan readVar _) = do
  cell <- readTVar readVar
  h <- readTVar cell
  case h of
    TNil -> pure True
    TCons _ _ -> pure False

-- -O1 callers' names (the interface's): the State#-passing forms.
type St a = State# RealWorld -> (# State# RealWorld, a #)

unSTM :: STM a -> St a
unSTM (STM m) = m

zz_newTChan1 :: St (TChan a)
zz_newTChan1 = unSTM newTChan
zz_newBroadcastTChan1 :: St (TChan a)
zz_newBroadcastTChan1 = unSTM newBroadcastTChan
zz_dupTChan1 :: TChan a -> St (TChan a)
zz_dupTChan1 c = unSTM (dupTChan c)
zz_cloneTChan1 :: TChan a -> St (TChan a)
zz_cloneTChan1 c = unSTM (cloneTChan c)
zz_readTChan1 :: TChan a -> St a
zz_readTChan1 c = unSTM (readTChan c)
zz_tryReadTChan1 :: TChan a -> St (Maybe a)
zz_tryReadTChan1 c = unSTM (tryReadTChan c)
zz_peekTChan1 :: TChan a -> St a
zz_peekTChan1 c = unSTM (peekTChan c)
zz_tryPeekTChan1 :: TChan a -> St (Maybe a)
zz_tryPeekTChan1 c = unSTM (tryPeekTChan c)
zz_writeTChan1 :: TChan a -> a -> St ()
zz_writeTChan1 c x = unSTM (writeTChan c x)
zz_unGetTChan1 :: TChan a -> a -> St ()
zz_unGetTChan1 c x = unSTM (unGetTChan c x)
zz_isEmptyTChan1 :: TChan a -> St Bool
zz_isEmptyTChan1 c = unSTM (isEmptyTChan c)
zz_newBroadcastTChanIO1 :: St (TChan a)
zz_newBroadcastTChanIO1 = case newBroadcastTChanIO of IO m -> m
