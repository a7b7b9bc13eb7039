-- Clean-room GHC.GHCi.Helpers (base-4.15.1's API): what GHCi runs around
-- a statement: the standard handles unbuffered, flushed, and an action run
-- with a program name and arguments of its own. Compiled into
-- preludes/base/GHC.GHCi.Helpers.stg by scripts/gen-library-preludes.mjs.
module GHC.GHCi.Helpers
  ( disableBuffering,
    flushAll,
    evalWrapper,
  )
where

import System.Environment (withArgs, withProgName)
import System.IO

disableBuffering :: IO ()
disableBuffering = do
  hSetBuffering stdin NoBuffering
  hSetBuffering stdout NoBuffering
  hSetBuffering stderr NoBuffering

flushAll :: IO ()
flushAll = do
  hFlush stdout
  hFlush stderr

evalWrapper :: String -> [String] -> IO a -> IO a
evalWrapper progName args m = withProgName progName (withArgs args m)
