-- Clean-room GHC.IO.Handle.Lock.Common (base-4.15.1's API): the lock modes
-- of hLock/hTryLock and the exception a platform without file locks
-- raises (Show as the derived instance, Exception with the defaults).
-- Compiled into preludes/base/GHC.IO.Handle.Lock.Common.stg by
-- scripts/gen-library-preludes.mjs; the locks themselves are
-- GHC.IO.Handle.Lock.LinuxOFD+Files.stg.
module GHC.IO.Handle.Lock.Common
  ( LockMode (..),
    FileLockingNotSupported (..),
  )
where

import Control.Exception (Exception)

data LockMode = SharedLock | ExclusiveLock

data FileLockingNotSupported = FileLockingNotSupported
  deriving (Show)

instance Exception FileLockingNotSupported
