{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion.Size: the size hint
-- of a stream, bounds on its length (in UTF-16 code units for a text's
-- stream), with the arithmetic the stream functions combine them with.
-- The results (clamping, overflow errors, the missing abs/signum) are the
-- installed package's, observed black-box.
module Data.Text.Internal.Fusion.Size
  ( Size (..),
    overflowError,
    exactSize,
    maxSize,
    betweenSize,
    unknownSize,
    charSize,
    codePointsSize,
    exactly,
    smaller,
    larger,
    upperBound,
    lowerBound,
    compareSize,
    isEmpty,
    unionSize,
    addSize,
    subtractSize,
    mulSize,
    zz_charSizze1,
    zz_charSizze2,
  )
where

import Control.Exception (ErrorCall (..), NoMethodError (..), throw)
import Data.Char (ord)
import Data.Text.Internal (mul)

data Size = Between {-# UNPACK #-} !Int {-# UNPACK #-} !Int | Unknown
  deriving (Eq, Show)

exactSize :: Int -> Size
exactSize n = Between n n

maxSize :: Int -> Size
maxSize n = Between 0 n

betweenSize :: Int -> Int -> Size
betweenSize = Between

unknownSize :: Size
unknownSize = Unknown

-- | The code units of one character.
charSize :: Char -> Size
charSize c = if ord c < 0x10000 then Between 1 1 else Between 2 2

-- | charSize's two results, as the package's -O1 callers name them.
zz_charSizze1, zz_charSizze2 :: Size
zz_charSizze1 = Between 1 1
zz_charSizze2 = Between 2 2

-- | The code units of n characters: one or two each.
codePointsSize :: Int -> Size
codePointsSize n = Between n (2 * n)

exactly :: Size -> Maybe Int
exactly (Between a b) | a == b = Just a
exactly _ = Nothing

-- | A size no larger than either (an unknown one bounds nothing).
smaller :: Size -> Size -> Size
smaller (Between a b) (Between c d) = Between (min a c) (min b d)
smaller (Between _ b) Unknown = Between 0 b
smaller Unknown (Between _ d) = Between 0 d
smaller Unknown Unknown = Unknown

larger :: Size -> Size -> Size
larger (Between a b) (Between c d) = Between (max a c) (max b d)
larger _ _ = Unknown

unionSize :: Size -> Size -> Size
unionSize (Between a b) (Between c d) = Between (min a c) (max b d)
unionSize _ _ = Unknown

upperBound :: Int -> Size -> Int
upperBound _ (Between _ b) = b
upperBound k Unknown = k

lowerBound :: Int -> Size -> Int
lowerBound _ (Between a _) = a
lowerBound k Unknown = k

-- | An order only where the bounds decide it.
compareSize :: Size -> Size -> Maybe Ordering
compareSize (Between a b) (Between c d)
  | b < c = Just LT
  | a > d = Just GT
  | a == b && c == d && a == c = Just EQ
compareSize _ _ = Nothing

isEmpty :: Size -> Bool
isEmpty (Between _ b) = b == 0
isEmpty Unknown = False

-- | A sum of bounds; a negative one is an overflow.
addBound :: Int -> Int -> Int
addBound a b = let r = a + b in if r >= 0 then r else overflowError

addSize :: Size -> Size -> Size
addSize (Between a b) (Between c d) = Between (addBound a c) (addBound b d)
addSize _ _ = Unknown

-- | The bounds of a difference, never below zero (an unknown subtrahend
-- leaves the minuend's upper bound).
subtractSize :: Size -> Size -> Size
subtractSize (Between a b) (Between c d) = Between (max 0 (a - d)) (max 0 (b - c))
subtractSize (Between _ b) Unknown = Between 0 b
subtractSize Unknown _ = Unknown

mulSize :: Size -> Size -> Size
mulSize (Between a b) (Between c d) = Between (a `mul` c) (b `mul` d)
mulSize _ _ = Unknown

instance Num Size where
  (+) = addSize
  (-) = subtractSize
  (*) = mulSize
  negate x = Between 0 0 - x
  fromInteger n = let k = fromInteger n in Between k k
  -- the package's methods are bottoms themselves (-O1 code passes them on
  -- as values), not functions that fail when applied
  abs = noMethod "abs"
  signum = noMethod "signum"

-- | The package's instance has no abs or signum.
noMethod :: String -> a
noMethod m =
  throw
    ( NoMethodError
        ( "libraries/text/src/Data/Text/Internal/Fusion/Size.hs:104:10-17: No instance nor default method for class operation "
            ++ m
            ++ "\n"
        )
    )

overflowError :: Int
overflowError =
  throw
    ( ErrorCallWithLocation
        "Data.Text.Internal.Fusion.Size: size overflow"
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Internal/Fusion/Size.hs:187:17 in text-1.2.5.0:Data.Text.Internal.Fusion.Size"
    )
{-# NOINLINE overflowError #-}
