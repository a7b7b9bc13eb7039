-- Clean-room Data.Functor.Reverse (transformers-0.5.6.2's API).
module Data.Functor.Reverse (Reverse(..)
  , zz_zdfRead1Reverse3 ) where

import Control.Applicative
import Control.Applicative.Backwards
import Control.Monad
import Data.Functor.Classes
import Data.Functor.Contravariant (Contravariant(..))
import Data.Monoid (Dual(..))

newtype Reverse f a = Reverse { getReverse :: f a }

instance Eq1 f => Eq1 (Reverse f) where
  liftEq eq (Reverse x) (Reverse y) = liftEq eq x y

instance Ord1 f => Ord1 (Reverse f) where
  liftCompare comp (Reverse x) (Reverse y) = liftCompare comp x y

instance Read1 f => Read1 (Reverse f) where
  liftReadsPrec rp rl = readsData $
    readsUnaryWith (liftReadsPrec rp rl) "Reverse" Reverse

instance Show1 f => Show1 (Reverse f) where
  liftShowsPrec sp sl d (Reverse x) = showsUnaryWith (liftShowsPrec sp sl) "Reverse" d x

instance (Eq1 f, Eq a) => Eq (Reverse f a) where (==) = eq1
instance (Ord1 f, Ord a) => Ord (Reverse f a) where compare = compare1
instance (Read1 f, Read a) => Read (Reverse f a) where readsPrec = readsPrec1
instance (Show1 f, Show a) => Show (Reverse f a) where showsPrec = showsPrec1

instance Functor f => Functor (Reverse f) where
  fmap f (Reverse a) = Reverse (fmap f a)

instance Applicative f => Applicative (Reverse f) where
  pure a = Reverse (pure a)
  Reverse f <*> Reverse a = Reverse (f <*> a)

instance Alternative f => Alternative (Reverse f) where
  empty = Reverse empty
  Reverse x <|> Reverse y = Reverse (x <|> y)

instance Monad m => Monad (Reverse m) where
  m >>= f = Reverse (getReverse m >>= getReverse . f)

instance MonadFail m => MonadFail (Reverse m) where
  fail msg = Reverse (fail msg)

instance MonadPlus m => MonadPlus (Reverse m) where
  mzero = Reverse mzero
  Reverse x `mplus` Reverse y = Reverse (x `mplus` y)

instance Foldable f => Foldable (Reverse f) where
  foldMap f (Reverse t) = getDual (foldMap (Dual . f) t)
  foldr f z (Reverse t) = foldl (flip f) z t
  foldl f z (Reverse t) = foldr (flip f) z t
  foldr1 f (Reverse t) = foldl1 (flip f) t
  foldl1 f (Reverse t) = foldr1 (flip f) t
  null (Reverse t) = null t
  length (Reverse t) = length t

instance Traversable f => Traversable (Reverse f) where
  traverse f (Reverse t) = fmap Reverse . forwards $ traverse (Backwards . f) t

instance Contravariant f => Contravariant (Reverse f) where
  contramap f = Reverse . contramap f . getReverse

-- The -O1 build's helper of the Read1 instance's readsUnaryWith: the
-- inner parses' results wrapped in the constructor (a pair at a time).
zz_zdfRead1Reverse3 :: [(f a, String)] -> [(Reverse f a, String)]
zz_zdfRead1Reverse3 xs = [(Reverse x, t) | (x, t) <- xs]
