-- | System.Process.Posix of the process package: only the internal that
-- -O1 code calls (createProcess's inlined body), with its interface type,
-- over System.Process.Internals' createProcess_.
module System.Process.Posix
  ( zz_createProcesszuInternal1
  ) where

import System.Process.Common
import System.Process.Internals (createProcess_)

zz_createProcesszuInternal1 :: String -> CreateProcess -> IO ProcRetHandles
zz_createProcesszuInternal1 fun cp = do
  (i, o, e, p) <- createProcess_ fun cp
  return (ProcRetHandles i o e p)
