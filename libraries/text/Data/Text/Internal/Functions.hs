{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Functions (its
-- unsafeWithForeignPtr is base's, named by preludes/base's aliases).
module Data.Text.Internal.Functions
  ( intersperse,
  )
where

-- | The separator between elements (Data.List's intersperse).
intersperse :: a -> [a] -> [a]
intersperse _ [] = []
intersperse sep (x : xs) = x : go xs
  where
    go [] = []
    go (y : ys) = sep : y : go ys
