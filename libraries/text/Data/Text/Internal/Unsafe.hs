{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Unsafe: running effects
-- lazily or purely.
module Data.Text.Internal.Unsafe
  ( inlineInterleaveST,
    inlinePerformIO,
  )
where

import GHC.Exts (realWorld#)
import GHC.IO (IO (..))
import GHC.ST (ST (..))

-- | The action's result, computed when demanded (from the same state).
inlineInterleaveST :: ST s a -> ST s a
inlineInterleaveST (ST m) = ST (\s -> (# s, case m s of (# _, r #) -> r #))

-- | The action's result, run purely.
inlinePerformIO :: IO a -> a
inlinePerformIO (IO m) = case m realWorld# of (# _, r #) -> r
