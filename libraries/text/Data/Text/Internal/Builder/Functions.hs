{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Builder.Functions.
module Data.Text.Internal.Builder.Functions
  ( (<>),
    i2d,
  )
where

import Data.Char (chr, ord)
import Data.Text.Internal.Builder (Builder)
import Prelude hiding ((<>))
import qualified Data.Semigroup as S

-- | The builders one after the other (mappend, right associative).
(<>) :: Builder -> Builder -> Builder
(<>) = (S.<>)

infixr 4 <>

-- | The decimal digit of 0..9 (no check).
i2d :: Int -> Char
i2d i = chr (ord '0' + i)
