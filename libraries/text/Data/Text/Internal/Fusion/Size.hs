{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion.Size: the size hint
-- of a stream, as -O1 user code builds and reads it.
module Data.Text.Internal.Fusion.Size
  ( Size (..),
    overflowError,
    exactSize,
    maxSize,
    unknownSize,
  )
where

data Size = Between {-# UNPACK #-} !Int {-# UNPACK #-} !Int | Unknown
  deriving (Eq, Show)

exactSize :: Int -> Size
exactSize n = Between n n

maxSize :: Int -> Size
maxSize n = Between 0 n

unknownSize :: Size
unknownSize = Unknown

overflowError :: Int
overflowError = error "Data.Text.Internal.Fusion.Size: size overflow"
{-# NOINLINE overflowError #-}
