-- | System.Process.Internals of the process package (clean-room):
-- createProcess_ over System.Process.Posix's createProcess_Internal.
module System.Process.Internals
  ( createProcess_
  , translate
  , runGenProcess_
  , unwrapHandles
  , startDelegateControlC
  , stopDelegateControlC
  , endDelegateControlC
  , ignoreSignal
  , defaultSignal
  , closePHANDLE
  , interruptProcessGroupOf
  , module System.Process.Common
  ) where

import qualified Data.Char
import System.IO (Handle)
import Foreign.C.Types (CLong)
import System.Process.Common
import System.Process.Posix

createProcess_
  :: String
  -> CreateProcess
  -> IO (Maybe Handle, Maybe Handle, Maybe Handle, ProcessHandle)
createProcess_ fun cp = fmap unwrapHandles (createProcess_Internal fun cp)

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


-- | createProcess_ (deprecated): the signal dispositions do not matter to a
-- child that runs to completion when it starts.
runGenProcess_
  :: String -> CreateProcess -> Maybe CLong -> Maybe CLong
  -> IO (Maybe Handle, Maybe Handle, Maybe Handle, ProcessHandle)
runGenProcess_ fun cp _ _ = createProcess_ fun cp

unwrapHandles :: ProcRetHandles -> (Maybe Handle, Maybe Handle, Maybe Handle, ProcessHandle)
unwrapHandles (ProcRetHandles i o e p) = (i, o, e, p)

-- | SIGINT to the child's process group (System.Process.Posix's).
interruptProcessGroupOf :: ProcessHandle -> IO ()
interruptProcessGroupOf = interruptProcessGroupOfInternal
