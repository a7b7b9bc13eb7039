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
  , createPipe
  , createPipeFd
  , module System.Process.Common
  ) where

import qualified Data.Char
import System.IO (Handle)
import Foreign.C.Error (throwErrnoIfMinus1_)
import Foreign.C.Types (CInt (..), CLong)
import Foreign.Marshal.Array (allocaArray)
import Foreign.Ptr (Ptr)
import Foreign.Storable (peekElemOff)
import GHC.IO.Handle.FD (fdToHandle)
import System.Posix.Internals (FD)
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

foreign import ccall unsafe "pipe" c_pipe :: Ptr CInt -> IO CInt

-- | pipe(2)'s two descriptors, the read end first: the machine's pipe (an
-- unlinked file read back in order, a FIFO to fstat; reading an empty
-- pipe whose write end is open stops the run with a message, where a
-- single-threaded GHC program would wait forever).
createPipeFd :: IO (FD, FD)
createPipeFd = allocaArray 2 $ \p -> do
  throwErrnoIfMinus1_ "_pipe" (c_pipe p)
  r <- peekElemOff p 0
  w <- peekElemOff p 1
  return (r, w)

-- | createPipeFd's ends as Handles, as GHC's fdToHandle makes them
-- (binary, `<file descriptor: n>`).
createPipe :: IO (Handle, Handle)
createPipe = do
  (r, w) <- createPipeFd
  rh <- fdToHandle r
  wh <- fdToHandle w
  return (rh, wh)
