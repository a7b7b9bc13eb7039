{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | The process package's types (clean-room, from process-1.6.13.2's
-- documented API and interface files: constructors and fields in GHC's
-- order, so -O1 code that builds or takes them apart agrees). Compiled into
-- preludes/base/System.Process.Common.stg by scripts/gen-library-preludes.mjs.
-- A child runs to completion when it starts (System.Process.Hs2stg), so
-- an OpenHandle is a child that has ended but was not waited for.
module System.Process.Common
  ( CreateProcess (..)
  , CmdSpec (..)
  , StdStream (..)
  , ProcessHandle (..)
  , phandle
  , mb_delegate_ctlc
  , waitpidLock
  , mkProcessHandleOf
  , ProcessHandle__ (..)
  , ProcRetHandles (..)
  , PHANDLE
  , withProcessHandle
  , withFilePathException
  , zz_withFilePathException2
  , zz_phdlProcessHandle1
  , zz_phdlJobHandle1
  , modifyProcessHandle
  , fd_stdin
  , fd_stdout
  , fd_stderr
  ) where

import Control.Concurrent.MVar
import Control.Exception (catch)
import Control.Exception.Base (recSelError)
import GHC.Exts (MVar#, RealWorld, State#)
import GHC.IO (IO (..))
import System.IO.Error (ioeSetFileName)
import GHC.MVar (MVar (..))
import Data.String (IsString (..))
import GHC.IO.Exception (ExitCode)
import GHC.IO.Handle.Types (Handle)
import System.Posix.Internals (FD)
import System.Posix.Types (CGid, CPid, CUid)

data CreateProcess = CreateProcess
  { cmdspec :: CmdSpec
  , cwd :: Maybe FilePath
  , env :: Maybe [(String, String)]
  , std_in :: StdStream
  , std_out :: StdStream
  , std_err :: StdStream
  , close_fds :: Bool
  , create_group :: Bool
  , delegate_ctlc :: Bool
  , detach_console :: Bool
  , create_new_console :: Bool
  , new_session :: Bool
  , child_group :: Maybe CGid
  , child_user :: Maybe CUid
  , use_process_jobs :: Bool
  }
  deriving (Show, Eq)

data CmdSpec
  = ShellCommand String
  | RawCommand FilePath [String]
  deriving (Show, Eq)

-- | A shell command.
instance IsString CmdSpec where
  fromString = ShellCommand

data StdStream
  = Inherit
  | UseHandle Handle
  | CreatePipe
  | NoStream
  deriving (Eq, Show)

type PHANDLE = CPid

data ProcessHandle__
  = OpenHandle {phdlProcessHandle :: PHANDLE}
  | OpenExtHandle {phdlProcessHandle :: PHANDLE, phdlJobHandle :: PHANDLE}
  | ClosedHandle ExitCode

-- | GHC's fields are UNPACKed MVars, which -O1 code takes apart into their
-- MVar#s; at -O0 (how this module is compiled) a pragma would not unpack
-- them, so the MVar#s are the fields themselves.
data ProcessHandle
  = ProcessHandle (MVar# RealWorld ProcessHandle__) !Bool (MVar# RealWorld ())

phandle :: ProcessHandle -> MVar ProcessHandle__
phandle (ProcessHandle m _ _) = MVar m

mb_delegate_ctlc :: ProcessHandle -> Bool
mb_delegate_ctlc (ProcessHandle _ d _) = d

waitpidLock :: ProcessHandle -> MVar ()
waitpidLock (ProcessHandle _ _ l) = MVar l

-- | A handle over two MVars.
mkProcessHandleOf :: MVar ProcessHandle__ -> Bool -> MVar () -> ProcessHandle
mkProcessHandleOf (MVar m) d (MVar l) = ProcessHandle m d l

data ProcRetHandles = ProcRetHandles
  { hStdInput :: Maybe Handle
  , hStdOutput :: Maybe Handle
  , hStdError :: Maybe Handle
  , procHandle :: ProcessHandle
  }

withProcessHandle :: ProcessHandle -> (ProcessHandle__ -> IO a) -> IO a
withProcessHandle ph io = withMVar (phandle ph) io

modifyProcessHandle :: ProcessHandle -> (ProcessHandle__ -> IO (ProcessHandle__, a)) -> IO a
modifyProcessHandle ph io = modifyMVar (phandle ph) io

fd_stdin, fd_stdout, fd_stderr :: FD
fd_stdin = 0
fd_stdout = 1
fd_stderr = 2

-- | The action, its IOError naming the file.
withFilePathException :: FilePath -> IO a -> IO a
withFilePathException fpath act = act `catch` \e -> ioError (ioeSetFileName e fpath)

-- | withFilePathException's raise (-O1 code calls it; the interface type).
zz_withFilePathException2 :: State# RealWorld -> IOError -> FilePath -> (# State# RealWorld, a #)
zz_withFilePathException2 s e fpath = case ioError (ioeSetFileName e fpath) of IO f -> f s

-- | The record selectors' failures on a constructor without the field
-- (-O1 code calls them): GHC's recSelError.
zz_phdlProcessHandle1, zz_phdlJobHandle1 :: PHANDLE
zz_phdlProcessHandle1 = recSelError "phdlProcessHandle"#
zz_phdlJobHandle1 = recSelError "phdlJobHandle"#
