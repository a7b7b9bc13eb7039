-- | Control.Concurrent.STM of stm-2.5.0.0, written for hs2stg: the package's
-- modules re-exported (TSem is imported on its own, as in the package).
module Control.Concurrent.STM
  ( module Control.Monad.STM
  , module Control.Concurrent.STM.TVar
  , module Control.Concurrent.STM.TMVar
  , module Control.Concurrent.STM.TChan
  , module Control.Concurrent.STM.TQueue
  , module Control.Concurrent.STM.TBQueue
  , module Control.Concurrent.STM.TArray
  ) where

import Control.Monad.STM hiding (zz_check1, zz_zdfMonadFixSTM1)
import Control.Concurrent.STM.TVar
import Control.Concurrent.STM.TMVar hiding (zz_newTMVar1, zz_newEmptyTMVar1, zz_takeTMVar1, zz_putTMVar1, zz_readTMVar1, zz_tryReadTMVar1, zz_swapTMVar1, zz_tryTakeTMVar1, zz_tryPutTMVar1, zz_isEmptyTMVar1)
import Control.Concurrent.STM.TChan (TChan, newTChan, newTChanIO, newBroadcastTChan, newBroadcastTChanIO, dupTChan, cloneTChan, readTChan, tryReadTChan, peekTChan, tryPeekTChan, writeTChan, unGetTChan, isEmptyTChan)
import Control.Concurrent.STM.TQueue (TQueue, newTQueue, newTQueueIO, readTQueue, tryReadTQueue, flushTQueue, peekTQueue, tryPeekTQueue, writeTQueue, unGetTQueue, isEmptyTQueue)
import Control.Concurrent.STM.TBQueue (TBQueue, newTBQueue, newTBQueueIO, readTBQueue, tryReadTBQueue, flushTBQueue, peekTBQueue, tryPeekTBQueue, writeTBQueue, unGetTBQueue, lengthTBQueue, isEmptyTBQueue, isFullTBQueue)
import Control.Concurrent.STM.TArray (TArray)
