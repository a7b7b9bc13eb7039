{-# LANGUAGE RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion.Common: the stream
-- functions -O1 user code calls out of line.
module Data.Text.Internal.Fusion.Common
  ( caseConvert,
    streamError,
    head_empty,
  )
where

import Control.Exception (ErrorCall (..), throw)
import Data.Text.Internal.Fusion.Size (Size (..))
import Data.Text.Internal.Fusion.Types (CC (..), Step (..), Stream (..))

-- | Maps every character through a full case mapping (one to three
-- characters each).
caseConvert :: (forall s. Char -> s -> Step (CC s) Char) -> Stream Char -> Stream Char
caseConvert remap (Stream next0 s0 size) = Stream next (CC s0 '\0' '\0') (grow size)
  where
    next (CC s '\0' _) = case next0 s of
      Done -> Done
      Skip s' -> Skip (CC s' '\0' '\0')
      Yield c s' -> remap c s'
    next (CC s a b) = Yield a (CC s b '\0')
    grow (Between lo hi) = Between lo (3 * hi)
    grow Unknown = Unknown

-- | text's error of a stream function, with the call stack text's own
-- `error` call has.
streamError :: String -> String -> a
streamError fun msg =
  throw
    ( ErrorCallWithLocation
        ("Data.Text.Internal.Fusion.Common." ++ fun ++ ": " ++ msg)
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Internal/Fusion/Common.hs:944:24 in text-1.2.5.0:Data.Text.Internal.Fusion.Common"
    )

head_empty :: a
head_empty = streamError "head" "Empty stream"
{-# NOINLINE head_empty #-}
