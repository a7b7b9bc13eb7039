-- | unix-2.7.2.2's System.Posix.Terminal.Common (clean-room, hs2stg):
-- whether a descriptor is a terminal. Terminal attributes (termios) are
-- refused (preludes/refused.txt).
module System.Posix.Terminal.Common (queryTerminal) where

import System.Posix.Internals (c_isatty)
import System.Posix.Types (Fd (..))

queryTerminal :: Fd -> IO Bool
queryTerminal (Fd fd) = fmap (== 1) (c_isatty fd)
