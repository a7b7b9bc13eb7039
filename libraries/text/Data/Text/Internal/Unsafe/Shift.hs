{-# LANGUAGE DefaultSignatures #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Unsafe.Shift: shifts with
-- no range check on the distance (Data.Bits' unsafe shifts).
module Data.Text.Internal.Unsafe.Shift
  ( UnsafeShift (..),
  )
where

import qualified Data.Bits as B
import Data.Word (Word16, Word32, Word64)

class UnsafeShift a where
  shiftL :: a -> Int -> a
  default shiftL :: B.Bits a => a -> Int -> a
  shiftL = B.unsafeShiftL
  shiftR :: a -> Int -> a
  default shiftR :: B.Bits a => a -> Int -> a
  shiftR = B.unsafeShiftR

instance UnsafeShift Word16

instance UnsafeShift Word32

instance UnsafeShift Word64

instance UnsafeShift Int
