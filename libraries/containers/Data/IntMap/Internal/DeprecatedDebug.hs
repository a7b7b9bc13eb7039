-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.IntMap.Internal.DeprecatedDebug (what Data.IntMap exports as showTree).
module Data.IntMap.Internal.DeprecatedDebug (showTree, showTreeWith) where

import Data.IntMap.Internal (IntMap)
import qualified Data.IntMap.Internal as I

showTree :: Show a => IntMap a -> String
showTree = I.showTree

showTreeWith :: Show a => Bool -> Bool -> IntMap a -> String
showTreeWith = I.showTreeWith
