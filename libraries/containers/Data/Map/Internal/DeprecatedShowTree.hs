-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.Map.Internal.DeprecatedShowTree (what Data.Map exports as showTree).
module Data.Map.Internal.DeprecatedShowTree (showTree, showTreeWith) where

import Data.Map.Internal (Map)
import qualified Data.Map.Internal.Debug as D

showTree :: (Show k, Show a) => Map k a -> String
showTree = D.showTree

showTreeWith :: (k -> a -> String) -> Bool -> Bool -> Map k a -> String
showTreeWith = D.showTreeWith
