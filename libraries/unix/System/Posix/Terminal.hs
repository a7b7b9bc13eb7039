-- | unix-2.7.2.2's System.Posix.Terminal (clean-room, hs2stg).
module System.Posix.Terminal (module System.Posix.Terminal.Common) where

import System.Posix.Terminal.Common
