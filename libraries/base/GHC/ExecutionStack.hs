-- Clean-room GHC.ExecutionStack (base-4.15.1's API): without libdw (GHC
-- 9.0.2's binaries here) there is no execution stack, and both functions
-- give Nothing (see GHC.ExecutionStack.Internal). Compiled into
-- preludes/base/GHC.ExecutionStack.stg by scripts/gen-library-preludes.mjs.
module GHC.ExecutionStack
  ( Location (..),
    SrcLoc (..),
    getStackTrace,
    showStackTrace,
  )
where

import GHC.ExecutionStack.Internal

getStackTrace :: IO (Maybe [Location])
getStackTrace = (>>= stackFrames) <$> collectStackTrace

showStackTrace :: IO (Maybe String)
showStackTrace = fmap (\st -> showStackFrames st "") <$> getStackTrace
