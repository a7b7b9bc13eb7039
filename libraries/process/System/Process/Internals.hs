-- | System.Process.Internals of the process package (clean-room): the child
-- runs to completion here, when it starts (System.Process.Hs2stg); its
-- captured stdout/stderr become read handles. What a synchronous child
-- cannot give exactly (writing to its stdin while it runs, a closed
-- stream) stops with a message naming the function.
module System.Process.Internals
  ( createProcess_
  , translate
  , module System.Process.Common
  ) where

import Control.Concurrent.MVar
import qualified Data.Char
import System.IO (Handle, stderr, stdin, stdout)
import System.Posix.Types (CPid (..))
import System.Process.Common
import System.Process.Hs2stg

createProcess_
  :: String
  -> CreateProcess
  -> IO (Maybe Handle, Maybe Handle, Maybe Handle, ProcessHandle)
createProcess_ fun cp = do
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
  return (Nothing, hout, herr, mkProcessHandleOf m (delegate_ctlc cp) l)
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

-- | A word as a POSIX shell reads it back: as it is when it only has
-- letters, digits and ",-./_", else single-quoted ('\'' for a quote).
translate :: String -> String
translate s
  | not (null s) && all good s = s
  | otherwise = '\'' : concatMap quote s ++ "'"
  where
    good c = Data.Char.isAlphaNum c || c `elem` ",-./_"
    quote '\'' = "'\\''"
    quote c = [c]

