-- hs2stg's own implementation of containers-0.6.4.1's
-- Utils.Containers.Internal.StrictPair.
module Utils.Containers.Internal.StrictPair (StrictPair (..), toPair) where

infixr 1 :*:

data StrictPair a b = !a :*: !b

toPair :: StrictPair a b -> (a, b)
toPair (x :*: y) = (x, y)
