-- | unix-2.7.2.2's System.Posix.Resource (clean-room, hs2stg): the limits
-- the interpreter runs under (/proc/self/limits), the ones a GHC binary
-- started in its place inherits. The open-file limit is refused (Node
-- raises its own), and setting a limit is refused (preludes/refused.txt).
module System.Posix.Resource
  ( Resource (..)
  , ResourceLimits (..)
  , ResourceLimit (..)
  , getResourceLimit
  ) where

import System.Posix.Hs2stg (uxText)

data Resource
  = ResourceCoreFileSize
  | ResourceCPUTime
  | ResourceDataSize
  | ResourceFileSize
  | ResourceOpenFiles
  | ResourceStackSize
  | ResourceTotalMemory
  deriving (Eq)

data ResourceLimit
  = ResourceLimitInfinity
  | ResourceLimitUnknown
  | ResourceLimit Integer
  deriving (Eq)

data ResourceLimits = ResourceLimits {softLimit, hardLimit :: ResourceLimit}
  deriving (Eq)

-- | RLIMIT_* (Linux).
number :: Resource -> Int
number r = case r of
  ResourceCoreFileSize -> 4
  ResourceCPUTime -> 0
  ResourceDataSize -> 2
  ResourceFileSize -> 1
  ResourceOpenFiles -> 7
  ResourceStackSize -> 3
  ResourceTotalMemory -> 9

getResourceLimit :: Resource -> IO ResourceLimits
getResourceLimit r = do
  t <- uxText "getResourceLimit" 8 (number r)
  case fmap words t of
    Just [s, h] -> return (ResourceLimits (limit s) (limit h))
    _ -> ioError (userError "hs2stg: getResourceLimit: no limits read")
  where
    limit "-1" = ResourceLimitInfinity
    limit n = ResourceLimit (read n)
