-- hs2stg's own implementation of containers-0.6.4.1's Data.IntMap.Internal.Debug.
module Data.IntMap.Internal.Debug (showTree, showTreeWith) where

import Data.IntMap.Internal (showTree, showTreeWith)
