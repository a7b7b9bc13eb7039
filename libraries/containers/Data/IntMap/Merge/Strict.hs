{-# LANGUAGE BangPatterns #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.IntMap.Merge.Strict:
-- the value-strict merge tactics (the rest is Data.IntMap.Internal's).
module Data.IntMap.Merge.Strict
  ( mapMissing, mapMaybeMissing, traverseMissing, traverseMaybeMissing
  , zipWithMatched, zipWithAMatched, zipWithMaybeMatched, zipWithMaybeAMatched
  , mapWhenMissing, mapWhenMatched
  ) where

import Data.IntMap.Internal (WhenMissing (..), WhenMatched (..))
import Data.IntSet.Internal (Key)
import qualified Data.IntMap.Strict.Internal as S

forceMaybe :: Maybe a -> Maybe a
forceMaybe m@(Just !_) = m
forceMaybe m = m

mapMissing :: Applicative f => (Key -> x -> y) -> WhenMissing f x y
mapMissing f = WhenMissing (\m -> pure $! S.mapWithKey f m) (\k x -> pure $! Just $! f k x)

mapMaybeMissing :: Applicative f => (Key -> x -> Maybe y) -> WhenMissing f x y
mapMaybeMissing f = WhenMissing (\m -> pure $! S.mapMaybeWithKey f m) (\k x -> pure $! forceMaybe $! f k x)

traverseMissing :: Applicative f => (Key -> x -> f y) -> WhenMissing f x y
traverseMissing f = WhenMissing (S.traverseWithKey f) (\k x -> (\ !y -> Just y) <$> f k x)

traverseMaybeMissing :: Applicative f => (Key -> x -> f (Maybe y)) -> WhenMissing f x y
traverseMaybeMissing f = WhenMissing (S.traverseMaybeWithKey f) (\k x -> forceMaybe <$> f k x)

zipWithMatched :: Applicative f => (Key -> x -> y -> z) -> WhenMatched f x y z
zipWithMatched f = WhenMatched (\k x y -> pure $! Just $! f k x y)

zipWithAMatched :: Applicative f => (Key -> x -> y -> f z) -> WhenMatched f x y z
zipWithAMatched f = WhenMatched (\k x y -> (\ !z -> Just z) <$> f k x y)

zipWithMaybeMatched :: Applicative f => (Key -> x -> y -> Maybe z) -> WhenMatched f x y z
zipWithMaybeMatched f = WhenMatched (\k x y -> pure $! forceMaybe $! f k x y)

zipWithMaybeAMatched :: Applicative f => (Key -> x -> y -> f (Maybe z)) -> WhenMatched f x y z
zipWithMaybeAMatched f = WhenMatched (\k x y -> forceMaybe <$> f k x y)

mapWhenMissing :: Functor f => (a -> b) -> WhenMissing f x a -> WhenMissing f x b
mapWhenMissing f t = WhenMissing
  (\m -> S.map f <$> missingSubtree t m)
  (\k x -> forceMaybe . fmap f <$> missingKey t k x)

mapWhenMatched :: Functor f => (a -> b) -> WhenMatched f x y a -> WhenMatched f x y b
mapWhenMatched f t = WhenMatched $ \k x y -> forceMaybe . fmap f <$> matchedKey t k x y
