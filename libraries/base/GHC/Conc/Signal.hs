-- Clean-room GHC.Conc.Signal (base-4.15.1's API): the table of Haskell
-- signal handlers the RTS runs (signals 0 to 64; others are "out of range",
-- observed), each with its Dynamic. setHandler replaces an entry and gives
-- the old one; runHandlers runs a signal's handler, if any, in a thread of
-- its own on the siginfo buffer; runHandlersPtr first makes the buffer a
-- ForeignPtr freed with free(). hs2stg's machine delivers no signals, so
-- only a program's own runHandlers calls run handlers. Compiled into
-- preludes/base/GHC.Conc.Signal.stg by scripts/gen-library-preludes.mjs.
module GHC.Conc.Signal
  ( Signal,
    HandlerFun,
    setHandler,
    runHandlers,
    runHandlersPtr,
  )
where

import Control.Concurrent (forkIO)
import Data.Dynamic (Dynamic)
import Data.IORef (IORef, atomicModifyIORef', newIORef, readIORef)
import Foreign.C.Types (CInt)
import Foreign.ForeignPtr (ForeignPtr, newForeignPtr)
import Foreign.Marshal.Alloc (finalizerFree)
import Foreign.Ptr (Ptr)
import GHC.IO (unsafePerformIO)
import Data.Word (Word8)

type Signal = CInt

type HandlerFun = ForeignPtr Word8 -> IO ()

-- the handlers by signal number (an association list: a few at most)
handlerTable :: IORef [(Signal, (HandlerFun, Dynamic))]
handlerTable = unsafePerformIO (newIORef [])
{-# NOINLINE handlerTable #-}

maxSignal :: Signal
maxSignal = 64

setHandler :: Signal -> Maybe (HandlerFun, Dynamic) -> IO (Maybe (HandlerFun, Dynamic))
setHandler sig new
  | sig < 0 || sig > maxSignal = errorWithoutStackTrace "GHC.Conc.setHandler: signal out of range"
  | otherwise =
    atomicModifyIORef' handlerTable $ \t ->
      let rest = filter ((/= sig) . fst) t
       in (maybe rest (\h -> (sig, h) : rest) new, lookup sig t)

runHandlers :: ForeignPtr Word8 -> Signal -> IO ()
runHandlers info sig = do
  t <- readIORef handlerTable
  case lookup sig t of
    Nothing -> return ()
    Just (f, _) -> do
      _ <- forkIO (f info)
      return ()

runHandlersPtr :: Ptr Word8 -> Signal -> IO ()
runHandlersPtr p sig = do
  fp <- newForeignPtr finalizerFree p
  runHandlers fp sig
