{-# OPTIONS_GHC -Wno-orphans #-}
-- Orphan instances: Num for Vec (defined elsewhere) and Render for Vec and Double.
module Geometry.Instances () where

import Geometry.Vector
import Text.Format.Table (Render(..))
import Numeric (showFFloat)

instance Num Vec where
  Vec a b + Vec c d = Vec (a + c) (b + d)
  Vec a b * Vec c d = Vec (a * c) (b * d)
  negate (Vec a b) = Vec (negate a) (negate b)
  abs (Vec a b) = Vec (abs a) (abs b)
  signum (Vec a b) = Vec (signum a) (signum b)
  fromInteger n = Vec (fromInteger n) (fromInteger n)

instance Render Double where
  render d = showFFloat (Just 2) d ""

instance Render Vec where
  render (Vec a b) = "<" ++ render a ++ "," ++ render b ++ ">"
