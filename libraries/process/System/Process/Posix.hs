-- | System.Process.Posix of the process package (clean-room): the
-- internals that -O1 code calls (createProcess's inlined body) with their
-- interface types, createProcess_Internal (the child runs here), and
-- Ctrl-C delegation, which a child that
-- runs to completion when it starts leaves with nothing to do but the end:
-- a child that SIGINT ended raises UserInterrupt.
module System.Process.Posix
  ( createProcess_Internal
  , zz_createProcesszuInternal1
  , startDelegateControlC
  , stopDelegateControlC
  , endDelegateControlC
  , ignoreSignal
  , defaultSignal
  , isDefaultSignal
  , closePHANDLE
  , runInteractiveProcess_lock
  , interruptProcessGroupOfInternal
  , zz_interruptProcessGroupOfInternal2
  ) where

import Control.Exception (AsyncException (UserInterrupt), throwIO)
import Foreign.C.Types (CLong)
import System.Exit (ExitCode (..))
import System.Process.Common
import Control.Concurrent.MVar
import System.IO (Handle, stderr, stdin, stdout)
import System.Posix.Types (CPid (..))
import System.Process.Hs2stg
import System.IO.Unsafe (unsafePerformIO)

-- | The child runs to completion here, when it starts
-- (System.Process.Hs2stg); its captured stdout/stderr become read handles.
-- What a synchronous child cannot give exactly (writing to its stdin while
-- it runs, a closed stream) stops with a message naming the function.
createProcess_Internal :: String -> CreateProcess -> IO ProcRetHandles
createProcess_Internal fun cp = do
  inS <- stream fun "std_in" stdin stdin (std_in cp)
  outS <- stream fun "std_out" stdout stderr (std_out cp)
  errS <- stream fun "std_err" stderr stdout (std_err cp)
  let (sh, argv) = case cmdspec cp of
        ShellCommand s -> (True, [s])
        RawCommand f args -> (False, f : args)
  pid <- runChild fun sh argv (cwd cp) (env cp) inS "" outS errS
  hout <- pipe outS 0
  herr <- pipe errS 1
  m <- newMVar (OpenHandle (CPid (fromIntegral pid)))
  l <- newMVar ()
  return (ProcRetHandles Nothing hout herr (mkProcessHandleOf m (delegate_ctlc cp) l))
  where
    pipe s k = if s == captured then fmap Just (capturedHandle k) else return Nothing

-- | How a child's stream is connected: own is the program's handle of
-- the same name, other the one Other stands for.
stream :: String -> String -> Handle -> Handle -> StdStream -> IO Stream
stream fun field own otherH s = case s of
  Inherit -> return inherited
  CreatePipe
    | field == "std_in" -> unsupported "CreatePipe (a pipe the program writes to while the child runs)"
    | otherwise -> return captured
  UseHandle h
    | h == own -> return inherited
    | h == otherH && field /= "std_in" -> return other
    | otherwise -> unsupported ("UseHandle " ++ show h ++ " (only stdin, stdout and stderr)")
  NoStream -> unsupported "NoStream (a closed stream)"
  where
    unsupported what =
      ioError
        ( userError
            ( fun ++ ": " ++ field ++ " = " ++ what
                ++ " is not supported by hs2stg, whose children run to completion when they start"
            )
        )

zz_createProcesszuInternal1 :: String -> CreateProcess -> IO ProcRetHandles
zz_createProcesszuInternal1 = createProcess_Internal

startDelegateControlC :: IO ()
startDelegateControlC = return ()

stopDelegateControlC :: IO ()
stopDelegateControlC = return ()

endDelegateControlC :: ExitCode -> IO ()
endDelegateControlC (ExitFailure (-2)) = throwIO UserInterrupt
endDelegateControlC _ = return ()

-- | SIG_IGN and SIG_DFL (Linux's values).
ignoreSignal, defaultSignal :: CLong
ignoreSignal = 1
defaultSignal = 0

isDefaultSignal :: CLong -> Bool
isDefaultSignal = (== defaultSignal)

-- | Nothing to close: a POSIX PHANDLE is a pid.
closePHANDLE :: PHANDLE -> IO ()
closePHANDLE _ = return ()

-- | The lock GHC's runInteractiveProcess holds around fork and exec: one
-- MVar of the run; hs2stg's children start synchronously, so nothing of
-- ours takes it, but a program's own use of it is a lock like any other.
runInteractiveProcess_lock :: MVar ()
runInteractiveProcess_lock = unsafePerformIO (newMVar ())
{-# NOINLINE runInteractiveProcess_lock #-}

-- | SIGINT to the child's process group. A closed handle (or a POSIX
-- OpenExtHandle) is left alone, as GHC's; a child not waited for stops with
-- a message: hs2stg's has run to completion, GHC's might still be running
-- (and without create_group its group is the program's own).
interruptProcessGroupOfInternal :: ProcessHandle -> IO ()
interruptProcessGroupOfInternal ph = withProcessHandle ph zz_interruptProcessGroupOfInternal2

-- | Its step on the ProcessHandle__ (-O1 code calls it).
zz_interruptProcessGroupOfInternal2 :: ProcessHandle__ -> IO ()
zz_interruptProcessGroupOfInternal2 h = case h of
  OpenHandle _ ->
    ioError
      ( userError
          "interruptProcessGroupOf: a child that was not waited for is not supported by hs2stg, whose children run to completion when they start"
      )
  _ -> return ()
