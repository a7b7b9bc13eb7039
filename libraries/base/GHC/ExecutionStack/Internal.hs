-- Clean-room GHC.ExecutionStack.Internal (base-4.15.1's API): the Location
-- and SrcLoc records with the interface file's field order, StackTrace (a
-- ForeignPtr to the RTS's backtrace, abstract). GHC collects execution
-- stacks only when its RTS is built with libdw; GHC 9.0.2's binaries here
-- are not (observed: collectStackTrace gives Nothing), so neither does
-- hs2stg, and no StackTrace ever exists. Compiled into
-- preludes/base/GHC.ExecutionStack.Internal.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.ExecutionStack.Internal
  ( Location (..),
    SrcLoc (..),
    StackTrace,
    stackFrames,
    stackDepth,
    collectStackTrace,
    showStackFrames,
    invalidateDebugCache,
    -- internals -O1 code calls: the frames' lines before the rest
    zz_showStackFrameszugo1,
  )
where

import Foreign.ForeignPtr (ForeignPtr, withForeignPtr)
import Foreign.Ptr (castPtr)
import Foreign.Storable (peek)
import GHC.IO (unsafePerformIO)

data SrcLoc = SrcLoc
  { sourceFile :: String,
    sourceLine :: Int,
    sourceColumn :: Int
  }

data Location = Location
  { objectName :: String,
    functionName :: String,
    srcLoc :: Maybe SrcLoc
  }

newtype StackTrace = StackTrace (ForeignPtr StackTrace)

-- the frame count, the first word of the RTS's backtrace
stackDepth :: StackTrace -> Int
stackDepth (StackTrace fp) =
  unsafePerformIO (withForeignPtr fp (\p -> fromIntegral <$> (peek (castPtr p) :: IO Word)))

-- no StackTrace exists without libdw (collectStackTrace is Nothing)
stackFrames :: StackTrace -> Maybe [Location]
stackFrames _ =
  errorWithoutStackTrace
    "GHC.ExecutionStack.Internal.stackFrames: hs2stg has no execution stacks (GHC's RTS without libdw)"

collectStackTrace :: IO (Maybe StackTrace)
collectStackTrace = return Nothing

-- nothing cached without libdw
invalidateDebugCache :: IO ()
invalidateDebugCache = return ()

showStackFrames :: [Location] -> ShowS
showStackFrames frames = showString "Stack trace:\n" . zz_showStackFrameszugo1 frames

zz_showStackFrameszugo1 :: [Location] -> ShowS
zz_showStackFrameszugo1 frames = foldr (.) id (map showFrame frames)
  where
    showFrame loc =
      showString "    "
        . showString (functionName loc)
        . maybe id showLoc (srcLoc loc)
        . showString " in "
        . showString (objectName loc)
        . showChar '\n'
    showLoc sl =
      showString " ("
        . showString (sourceFile sl)
        . showChar ':'
        . shows (sourceLine sl)
        . showChar '.'
        . shows (sourceColumn sl)
        . showChar ')'
