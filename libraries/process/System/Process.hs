{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | System.Process of the process package (clean-room, from its documented
-- API and process-1.6.13.2's interface files and observed behaviour).
-- Compiled into preludes/base/System.Process.stg by
-- scripts/gen-library-preludes.mjs. A child runs to completion when it
-- starts (createProcess_, System.Process.Hs2stg): readProcess forces its
-- input first; a child that inherits stdout writes past the program's
-- stdout buffer, as with GHC; docs/preludes.md ("process") says what is
-- exact and what stops with a message.
module System.Process
  ( createProcess
  , createProcess_
  , shell
  , proc
  , CreateProcess (..)
  , CmdSpec (..)
  , StdStream (..)
  , ProcessHandle
  , withCreateProcess
  , cleanupProcess
  , spawnProcess
  , spawnCommand
  , callProcess
  , callCommand
  , readCreateProcess
  , readProcess
  , readCreateProcessWithExitCode
  , readProcessWithExitCode
  , showCommandForUser
  , Pid
  , getPid
  , getCurrentPid
  , waitForProcess
  , getProcessExitCode
  , terminateProcess
  , runCommand
  , runProcess
  , runInteractiveCommand
  , runInteractiveProcess
  , system
  , rawSystem
    -- the package's internals that -O1 code calls (interface types)
  , zz_zdwwaitForProcess
  , zz_zdwcleanupProcess
  , zz_zdwgetProcessExitCode
  , zz_callCommand2
  , zz_callCommand7
  , zz_callProcess2
  , zz_showCommandForUserzuzdsgo1
  , zz_cleanupProcess5
  , zz_readCreateProcesszugo
  , zz_readCreateProcess2
  , zz_runInteractiveCommand4
  ) where

import Control.Exception (ErrorCall (ErrorCallWithLocation), bracket, throw)
import GHC.Exts (MVar#, RealWorld, State#)
import GHC.MVar (MVar (..))
import GHC.IO (IO (..))
import Control.Concurrent.MVar
import GHC.IO.Exception
import System.Exit (ExitCode (..))
import System.IO
import System.Posix.Internals (c_getpid)
import System.Posix.Types (CPid (..))
import System.Process.Common
import System.Process.Hs2stg
import System.Process.Internals
import System.Process.Posix (endDelegateControlC)

type Pid = CPid

-- | A program and its arguments, everything else the defaults.
proc :: FilePath -> [String] -> CreateProcess
proc cmd args = defaults (RawCommand cmd args)

-- | A command for /bin/sh -c, everything else the defaults.
shell :: String -> CreateProcess
shell str = defaults (ShellCommand str)

defaults :: CmdSpec -> CreateProcess
defaults spec =
  CreateProcess
    { cmdspec = spec
    , cwd = Nothing
    , env = Nothing
    , std_in = Inherit
    , std_out = Inherit
    , std_err = Inherit
    , close_fds = False
    , create_group = False
    , delegate_ctlc = False
    , detach_console = False
    , create_new_console = False
    , new_session = False
    , child_group = Nothing
    , child_user = Nothing
    , use_process_jobs = False
    }

createProcess :: CreateProcess -> IO (Maybe Handle, Maybe Handle, Maybe Handle, ProcessHandle)
createProcess = createProcess_ "createProcess"

withCreateProcess
  :: CreateProcess
  -> (Maybe Handle -> Maybe Handle -> Maybe Handle -> ProcessHandle -> IO a)
  -> IO a
withCreateProcess cp act =
  bracket (createProcess cp) cleanupProcess (\(i, o, e, p) -> act i o e p)

-- | terminateProcess's step, then closes the handles. The child has ended
-- already (it ran when it started): SIGTERM to it would do nothing, and
-- there is nothing to wait for; a POSIX OpenExtHandle (one a program built
-- itself through System.Process.Internals) fails as GHC's.
cleanupProcess :: (Maybe Handle, Maybe Handle, Maybe Handle, ProcessHandle) -> IO ()
cleanupProcess (i, o, e, ph) = do
  withProcessHandle ph terminateStep
  mapM_ (maybe (return ()) hClose) [i, o, e]

-- | What cleanupProcess's terminate does to each kind of handle.
terminateStep :: ProcessHandle__ -> IO ()
terminateStep h = case h of
  OpenExtHandle _ _ -> zz_cleanupProcess5
  _ -> return ()

-- | GHC's error for terminating an OpenExtHandle on POSIX, with the call
-- stack GHC's binary shows (a thunk: forcing it raises).
zz_cleanupProcess5 :: IO ()
zz_cleanupProcess5 =
  throw
    ( ErrorCallWithLocation
        "terminateProcess with OpenExtHandle should not happen on POSIX."
        "CallStack (from HasCallStack):\n  error, called at libraries/process/System/Process.hs:842:26 in process-1.6.13.2:System.Process"
    )

-- | The running program's pid (the unix package's getProcessID): the
-- process that runs it, hs2stg's.
getCurrentPid :: IO Pid
getCurrentPid = c_getpid

-- | $wcleanupProcess: cleanupProcess with the ProcessHandle's fields
-- apart, as -O1 callers pass them.
zz_zdwcleanupProcess :: Maybe Handle -> Maybe Handle -> Maybe Handle -> MVar# RealWorld ProcessHandle__ -> Bool -> MVar# RealWorld () -> IO ()
zz_zdwcleanupProcess i o e m d l = cleanupProcess (i, o, e, ProcessHandle m d l)

spawnProcess :: FilePath -> [String] -> IO ProcessHandle
spawnProcess cmd args = handleOf (createProcess_ "spawnProcess" (proc cmd args))

spawnCommand :: String -> IO ProcessHandle
spawnCommand cmd = handleOf (createProcess_ "spawnCommand" (shell cmd))

runCommand :: String -> IO ProcessHandle
runCommand cmd = handleOf (createProcess_ "runCommand" (shell cmd))

handleOf :: IO (a, b, c, ProcessHandle) -> IO ProcessHandle
handleOf io = fmap (\(_, _, _, p) -> p) io

runProcess
  :: FilePath
  -> [String]
  -> Maybe FilePath
  -> Maybe [(String, String)]
  -> Maybe Handle
  -> Maybe Handle
  -> Maybe Handle
  -> IO ProcessHandle
runProcess cmd args dir envir i o e =
  handleOf
    ( createProcess_
        "runProcess"
        (proc cmd args)
          { cwd = dir
          , env = envir
          , std_in = maybe Inherit UseHandle i
          , std_out = maybe Inherit UseHandle o
          , std_err = maybe Inherit UseHandle e
          }
    )

runInteractiveProcess
  :: FilePath
  -> [String]
  -> Maybe FilePath
  -> Maybe [(String, String)]
  -> IO (Handle, Handle, Handle, ProcessHandle)
runInteractiveProcess cmd args dir envir =
  interactive "runInteractiveProcess" (proc cmd args) {cwd = dir, env = envir}

runInteractiveCommand :: String -> IO (Handle, Handle, Handle, ProcessHandle)
runInteractiveCommand cmd = interactive "runInteractiveCommand" (shell cmd)

-- | runInteractiveProcess's and runInteractiveCommand's body under fun
-- (-O1 code calls it): stops with a message at std_in = CreatePipe.
zz_runInteractiveCommand4 :: String -> CreateProcess -> IO (Handle, Handle, Handle, ProcessHandle)
zz_runInteractiveCommand4 = interactive

interactive :: String -> CreateProcess -> IO (Handle, Handle, Handle, ProcessHandle)
interactive fun cp = do
  r <- createProcess_ fun cp {std_in = CreatePipe, std_out = CreatePipe, std_err = CreatePipe}
  case r of
    (Just i, Just o, Just e, p) -> return (i, o, e, p)
    _ -> ioError (userError (fun ++ ": no pipes"))

callProcess :: FilePath -> [String] -> IO ()
callProcess cmd args = do
  ec <- createProcess_ "callProcess" (proc cmd args) {delegate_ctlc = True} >>= \(_, _, _, p) -> waitForProcess p
  case ec of
    ExitSuccess -> return ()
    ExitFailure n -> failed "callProcess" cmd args n

callCommand :: String -> IO ()
callCommand cmd = do
  ec <- createProcess_ "callCommand" (shell cmd) {delegate_ctlc = True} >>= \(_, _, _, p) -> waitForProcess p
  case ec of
    ExitSuccess -> return ()
    ExitFailure n -> failed "callCommand" cmd [] n

-- | GHC's error for a child that failed: the command, its arguments shown
-- as Haskell strings, the exit code.
failed :: String -> String -> [String] -> Int -> IO a
failed fun cmd args n =
  ioError
    ( IOError
        Nothing
        OtherError
        (fun ++ ": " ++ cmd ++ concatMap ((' ' :) . show) args ++ " (exit " ++ show n ++ ")")
        ""
        Nothing
        Nothing
    )

system :: String -> IO ExitCode
system "" = ioError (IOError Nothing InvalidArgument "system" "null command" Nothing Nothing)
system cmd = createProcess_ "system" (shell cmd) {delegate_ctlc = True} >>= \(_, _, _, p) -> waitForProcess p

rawSystem :: String -> [String] -> IO ExitCode
rawSystem cmd args = createProcess_ "rawSystem" (proc cmd args) {delegate_ctlc = True} >>= \(_, _, _, p) -> waitForProcess p

-- | The input is forced before the child runs; the output is the child's
-- whole stdout (its stderr goes where cp says).
readCreateProcess :: CreateProcess -> String -> IO String
readCreateProcess cp input = do
  (ec, out, _) <- capture "readCreateProcess" cp input False
  case ec of
    ExitSuccess -> return out
    ExitFailure n -> case cmdspec cp of
      ShellCommand c -> failed "readCreateProcess" c [] n
      RawCommand c args -> failed "readCreateProcess" c args n

-- | readCreateProcess's failure: the exit code and the command.
zz_readCreateProcess2 :: State# RealWorld -> Int -> CmdSpec -> (# State# RealWorld, String #)
zz_readCreateProcess2 s n spec = case act of IO f -> f s
  where
    act = case spec of
      ShellCommand c -> failed "readCreateProcess" c [] n
      RawCommand c args -> failed "readCreateProcess" c args n

-- | The output forced to its end (rnf's) before the child is waited for.
zz_readCreateProcesszugo :: String -> ()
zz_readCreateProcesszugo [] = ()
zz_readCreateProcesszugo (c : cs) = c `seq` zz_readCreateProcesszugo cs

readProcess :: FilePath -> [String] -> String -> IO String
readProcess cmd args = readCreateProcess (proc cmd args)

readCreateProcessWithExitCode :: CreateProcess -> String -> IO (ExitCode, String, String)
readCreateProcessWithExitCode cp input =
  capture "readCreateProcessWithExitCode" cp input True

readProcessWithExitCode :: FilePath -> [String] -> String -> IO (ExitCode, String, String)
readProcessWithExitCode cmd args = readCreateProcessWithExitCode (proc cmd args)

-- | Runs cp with input as its stdin and its stdout (and stderr when
-- withErr) captured, as strings.
capture :: String -> CreateProcess -> String -> Bool -> IO (ExitCode, String, String)
capture fun cp input withErr = do
  errS <-
    if withErr
      then return captured
      else case std_err cp of
        Inherit -> return inherited
        UseHandle h | h == stderr -> return inherited
        UseHandle h | h == stdout -> return other
        _ -> ioError (userError (fun ++ ": std_err other than Inherit, stdout or stderr is not supported by hs2stg"))
  let (sh, argv) = case cmdspec cp of
        ShellCommand s -> (True, [s])
        RawCommand f args -> (False, f : args)
  pid <- length input `seq` runChild fun sh argv (cwd cp) (env cp) given input captured errS
  out <- capturedText 0
  err <- if withErr then capturedText 1 else return ""
  ec <- statusOf pid
  return (ec, out, err)

showCommandForUser :: FilePath -> [String] -> String
showCommandForUser cmd args = unwords (map translate (cmd : args))

-- | The child's exit code. A child started with delegate_ctlc (system,
-- rawSystem, callProcess, callCommand) that SIGINT ended raises
-- UserInterrupt in the program, as GHC's does, the first time.
waitForProcess :: ProcessHandle -> IO ExitCode
waitForProcess ph = do
  (ec, fresh) <- modifyProcessHandle ph $ \h -> case h of
    ClosedHandle ec -> return (h, (ec, False))
    OpenHandle (CPid pid) -> statusOf (fromIntegral pid) >>= \ec -> return (ClosedHandle ec, (ec, True))
    -- Windows' kind: on POSIX GHC's answers this, the handle kept
    OpenExtHandle _ _ -> return (h, (ExitFailure (-1), False))
  if fresh && mb_delegate_ctlc ph then endDelegateControlC ec else return ()
  return ec

-- | The child has ended (it ran when it started): its exit code.
getProcessExitCode :: ProcessHandle -> IO (Maybe ExitCode)
getProcessExitCode ph = do
  ext <- withProcessHandle ph $ \h -> case h of
    OpenExtHandle _ _ -> return True
    _ -> return False
  if ext
    then -- Windows' kind: on POSIX GHC's closes it as a success
      modifyProcessHandle ph (\_ -> return (ClosedHandle ExitSuccess, Just ExitSuccess))
    else fmap Just (waitForProcess ph)

getPid :: ProcessHandle -> IO (Maybe Pid)
getPid ph = withProcessHandle ph $ \h -> case h of
  OpenHandle pid -> return (Just pid)
  OpenExtHandle _ _ -> return Nothing
  ClosedHandle _ -> return Nothing

-- | Only a child that was waited for: terminating one that was not would
-- depend on how far it had got, and hs2stg's ran to completion.
terminateProcess :: ProcessHandle -> IO ()
terminateProcess ph = withProcessHandle ph $ \h -> case h of
  ClosedHandle _ -> return ()
  OpenExtHandle _ _ -> zz_cleanupProcess5
  _ ->
    ioError
      ( userError
          "terminateProcess: a child that was not waited for is not supported by hs2stg, whose children run to completion when they start"
      )

-- The package's internals that -O1 code calls, with their interface types
-- (scripts/gen-library-preludes.mjs names `zz_X` as the Z-encoded X).

-- | waitForProcess's worker: the handle's fields.
zz_zdwwaitForProcess :: MVar# RealWorld ProcessHandle__ -> Bool -> MVar# RealWorld () -> IO ExitCode
zz_zdwwaitForProcess m d l = waitForProcess (mkProcessHandleOf (MVar m) d (MVar l))

-- | getProcessExitCode's worker.
zz_zdwgetProcessExitCode :: MVar# RealWorld ProcessHandle__ -> Bool -> MVar# RealWorld () -> IO (Maybe ExitCode)
zz_zdwgetProcessExitCode m d l = getProcessExitCode (mkProcessHandleOf (MVar m) d (MVar l))

-- | callCommand's failure: the exit code and the command.
zz_callCommand2 :: State# RealWorld -> Int -> String -> (# State# RealWorld, () #)
zz_callCommand2 s n cmd = case failed "callCommand" cmd [] n of IO f -> f s

-- | createProcess_ under fun, the action given the handles; the handles
-- closed after it.
zz_callCommand7
  :: String -> CreateProcess
  -> (Maybe Handle -> Maybe Handle -> Maybe Handle -> ProcessHandle -> IO a)
  -> IO a
zz_callCommand7 fun cp act =
  bracket (createProcess_ fun cp) cleanupProcess (\(i, o, e, p) -> act i o e p)

-- | A child's failure for fun: the command, its arguments, the exit code.
zz_callProcess2 :: String -> String -> [String] -> Int -> IO a
zz_callProcess2 = failed

-- | showCommandForUser before its first space: each word quoted, after a space.
zz_showCommandForUserzuzdsgo1 :: String -> [String] -> String
zz_showCommandForUserzuzdsgo1 w ws = concatMap ((' ' :) . translate) (w : ws)
