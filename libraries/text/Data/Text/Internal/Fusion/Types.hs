{-# LANGUAGE ExistentialQuantification #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion.Types: the stream
-- representation -O1 user code inlines (constructors and field layouts as
-- the installed interface file gives them).
module Data.Text.Internal.Fusion.Types
  ( CC (..),
    PairS (..),
    RS (..),
    Scan (..),
    Step (..),
    Stream (..),
  )
where

import Data.Text.Internal.Fusion.Size (Size)
import Data.Word (Word8)

data CC s = CC !s {-# UNPACK #-} !Char {-# UNPACK #-} !Char

data PairS a b = !a :*: !b

infixl 2 :*:

data RS s
  = RS0 !s
  | RS1 !s {-# UNPACK #-} !Word8
  | RS2 !s {-# UNPACK #-} !Word8 {-# UNPACK #-} !Word8
  | RS3 !s {-# UNPACK #-} !Word8 {-# UNPACK #-} !Word8 {-# UNPACK #-} !Word8

data Scan s = Scan1 {-# UNPACK #-} !Char !s | Scan2 {-# UNPACK #-} !Char !s

data Step s a = Done | Skip !s | Yield !a !s

data Stream a = forall s. Stream (s -> Step s a) !s !Size
