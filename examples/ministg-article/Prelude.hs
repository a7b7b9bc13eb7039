{-# LANGUAGE PackageImports #-}
-- The custom Prelude of the 2016 article "Turn GHC into a frontend for
-- miniSTG" (docs/standalone.md): the functions are stubs, NOINLINE so that
-- GHC keeps calling them; Prelude.stg implements them in miniSTG.
module Prelude
  ( Int
  , zero
  , one
  , plus
  , sub
  , mul
  , eqInt
  , Bool (..)
  ) where

import "base" Prelude (Bool (..))

data Int = Int

{-# NOINLINE zero #-}
zero :: Int
zero = Int

{-# NOINLINE one #-}
one :: Int
one = Int

{-# NOINLINE plus #-}
plus :: Int -> Int -> Int
plus _ _ = Int

{-# NOINLINE sub #-}
sub :: Int -> Int -> Int
sub _ _ = Int

{-# NOINLINE mul #-}
mul :: Int -> Int -> Int
mul _ _ = Int

{-# NOINLINE eqInt #-}
eqInt :: Int -> Int -> Bool
eqInt _ _ = False
