{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Builder.Int.Digits: the
-- two ASCII digits of 00..99, one pair after another.
module Data.Text.Internal.Builder.Int.Digits
  ( digits,
  )
where

import qualified Data.ByteString as B
import Data.Char (ord)

digits :: B.ByteString
digits = B.pack [fromIntegral (ord '0' + d) | n <- [0 .. 99 :: Int], d <- [n `quot` 10, n `rem` 10]]
