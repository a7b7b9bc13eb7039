-- | hs2stg's own child processes behind System.Process (not a module of the
-- process package): the machine's procRun# (src/ministg/primops/process.ts,
-- reached through preludes/base/FFI+Process.stg) runs a child to completion
-- with Node's spawnSync when the program starts it; what it captured is
-- read back a character at a time.
module System.Process.Hs2stg
  ( Stream
  , inherited
  , captured
  , given
  , other
  , runChild
  , capturedText
  , capturedHandle
  , exitCodeOf
  , statusOf
  ) where

import Control.Exception (throwIO)
import Data.Char (chr, ord)
import GHC.IO.Exception
import System.Exit (ExitCode (..))
import System.IO (Handle, IOMode (ReadMode), openFile)

foreign import ccall unsafe "hs2stg_proc_push" c_push :: Int -> Int -> IO ()
foreign import ccall unsafe "hs2stg_proc_run" c_run :: Int -> IO Int
foreign import ccall unsafe "hs2stg_proc_text" c_text :: Int -> IO Int
foreign import ccall unsafe "hs2stg_proc_temp_file" c_tempFile :: Int -> IO ()
foreign import ccall unsafe "hs2stg_proc_remove_temp" c_removeTemp :: IO ()
foreign import ccall unsafe "hs2stg_proc_pid" c_pid :: IO Int
foreign import ccall unsafe "hs2stg_proc_status" c_status :: Int -> IO Int

-- | Where a child's standard stream goes (procRun#'s codes; plain Ints: a
-- constructor of a module of our own has no entry in
-- inventory/constructors.json): the program's own (stdout to stdout),
-- captured, given (stdin: the input text, then closed) or the other
-- standard stream (stdout to stderr, stderr to stdout).
type Stream = Int

inherited, captured, given, other :: Stream
inherited = 0
captured = 1
given = 2
other = 3

push :: Int -> String -> IO ()
push ch s = mapM_ (c_push ch . ord) s >> c_push ch (-1)

-- | Runs a child to completion: a shell command or a program and its
-- arguments (argv), a working directory, an environment, its stdin (given:
-- the input), stdout and stderr. The child's pid, or the IOError of a
-- child that could not start (as GHC's createProcess_ names it for fun).
runChild
  :: String -> Bool -> [String] -> Maybe FilePath -> Maybe [(String, String)]
  -> Stream -> String -> Stream -> Stream -> IO Int
runChild fun sh argv dir envir inS input outS errS = do
  mapM_ (push 0) argv
  mapM_ (push 1) (maybe [] (: []) dir)
  mapM_ (push 2 . (\(k, v) -> k ++ "=" ++ v)) (maybe [] id envir)
  if inS == given then mapM_ (c_push 3 . ord) input else return ()
  let flags =
        fromEnum sh
          + 2 * maybe 0 (const 1) dir
          + 4 * maybe 0 (const 1) envir
          + 16 * inS
          + 64 * outS
          + 256 * errS
  r <- c_run flags
  if r >= 0
    then c_pid
    else do
      note <- capturedText 2
      throwIO (spawnError fun sh argv dir r note)

-- | GHC's errors for a child that did not start: posix_spawnp's without a
-- working directory, the fork path's (exec, chdir) with one.
spawnError :: String -> Bool -> [String] -> Maybe FilePath -> Int -> String -> IOError
spawnError fun sh argv dir r note =
  case dir of
    Nothing ->
      IOError Nothing (kind r) (fun ++ ": posix_spawnp") note Nothing (Just file)
    Just _ ->
      IOError Nothing InvalidArgument (fun ++ ": " ++ step) "Bad file descriptor" Nothing (Just file)
  where
    file = if sh then "/bin/sh" else head argv
    step = if r == -4 then "chdir" else "exec"
    kind (-1) = NoSuchThing
    kind (-2) = PermissionDenied
    kind _ = OtherError

-- | Text k of the last child (0 stdout, 1 stderr, 2 a note), all of it.
-- (A byte that is no UTF-8 fails as GHC's hGetContents on the pipe does,
-- named by the descriptor GHC's readProcess has for it when no file is open.)
capturedText :: Int -> IO String
capturedText k = go []
  where
    go acc = do
      c <- c_text k
      case c of
        -1 -> return (reverse acc)
        -2 -> ioError (IOError Nothing InvalidArgument "hGetContents" "invalid byte sequence" Nothing (Just ("fd:" ++ show (5 + 2 * k))))
        _ -> go (chr c : acc)

-- | A read handle on what the last child wrote to stdout (0) or stderr (1).
capturedHandle :: Int -> IO Handle
capturedHandle k = do
  c_tempFile k
  path <- capturedText 2
  h <- openFile path ReadMode
  c_removeTemp
  return h

-- | A child's exit status (procRun#'s: 1000+n for signal n) as an ExitCode.
exitCodeOf :: Int -> ExitCode
exitCodeOf 0 = ExitSuccess
exitCodeOf n
  | n >= 1000 = ExitFailure (1000 - n)
  | otherwise = ExitFailure n

-- | The exit status of the child with this pid.
statusOf :: Int -> IO ExitCode
statusOf pid = fmap exitCodeOf (c_status pid)
