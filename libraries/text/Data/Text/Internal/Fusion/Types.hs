{-# LANGUAGE ExistentialQuantification, MagicHash #-}
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
    empty,
    eq,
    cmp,
    zz_zdfOrdStream1,
  )
where

import Control.Exception.Base (patError)

import Data.Text.Internal.Fusion.Size (Size (..))
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

-- | The stream of nothing.
empty :: Stream a
empty = Stream (const Done) () (Between 0 0)

-- | The elements of two streams in order, Skips passed over.
cmp :: Ord a => Stream a -> Stream a -> Ordering
cmp (Stream next1 s1 _) (Stream next2 s2 _) = go s1 s2
  where
    go a b = case next1 a of
      Skip a' -> go a' b
      Done -> case nextOf b of
        Nothing -> EQ
        Just _ -> LT
      Yield x a' -> case nextOf b of
        Nothing -> GT
        Just (y, b') -> case compare x y of
          EQ -> go a' b'
          o -> o
    nextOf b = case next2 b of
      Skip b' -> nextOf b'
      Done -> Nothing
      Yield y b' -> Just (y, b')

eq :: Eq a => Stream a -> Stream a -> Bool
eq (Stream next1 s1 _) (Stream next2 s2 _) = go s1 s2
  where
    go a b = case next1 a of
      Skip a' -> go a' b
      Done -> case nextOf b of
        Nothing -> True
        Just _ -> False
      Yield x a' -> case nextOf b of
        Nothing -> False
        Just (y, b') -> x == y && go a' b'
    nextOf b = case next2 b of
      Skip b' -> nextOf b'
      Done -> Nothing
      Yield y b' -> Just (y, b')

instance Eq a => Eq (Stream a) where
  (==) = eq

instance Ord a => Ord (Stream a) where
  compare = cmp

-- The -O1 build's case of Ord's comparison loop that its patterns leave
-- unmatched (never reached by a stream text makes): GHC's pattern-match
-- failure with the real source span, as the installed object code has it.
zz_zdfOrdStream1 :: Ordering
zz_zdfOrdStream1 = patError "libraries/text/src/Data/Text/Internal/Fusion/Types.hs:(106,7)-(115,26)|function loop"#
