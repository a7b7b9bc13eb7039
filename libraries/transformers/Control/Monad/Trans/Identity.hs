-- Clean-room Control.Monad.Trans.Identity (transformers-0.5.6.2's API).
module Control.Monad.Trans.Identity
  ( IdentityT(..), mapIdentityT, liftCallCC, liftCatch
  , zz_zdfRead1IdentityT3 ) where

import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.Zip
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import Control.Monad.Signatures
import Data.Functor.Classes
import Data.Functor.Contravariant (Contravariant(..))

newtype IdentityT f a = IdentityT { runIdentityT :: f a }

instance Functor m => Functor (IdentityT m) where
  fmap f = mapIdentityT (fmap f)

instance Foldable f => Foldable (IdentityT f) where
  foldMap f (IdentityT t) = foldMap f t
  foldr f z (IdentityT t) = foldr f z t
  foldl f z (IdentityT t) = foldl f z t
  foldr1 f (IdentityT t) = foldr1 f t
  foldl1 f (IdentityT t) = foldl1 f t
  null (IdentityT t) = null t
  length (IdentityT t) = length t

instance Traversable f => Traversable (IdentityT f) where
  traverse f (IdentityT a) = IdentityT <$> traverse f a

instance Applicative m => Applicative (IdentityT m) where
  pure x = IdentityT (pure x)
  (<*>) = lift2IdentityT (<*>)
  (*>) = lift2IdentityT (*>)
  (<*) = lift2IdentityT (<*)

instance Alternative m => Alternative (IdentityT m) where
  empty = IdentityT empty
  (<|>) = lift2IdentityT (<|>)

instance Monad m => Monad (IdentityT m) where
  m >>= k = IdentityT $ runIdentityT . k =<< runIdentityT m

instance MonadFail m => MonadFail (IdentityT m) where
  fail msg = IdentityT $ fail msg

instance MonadPlus m => MonadPlus (IdentityT m) where
  mzero = IdentityT mzero
  mplus = lift2IdentityT mplus

instance MonadFix m => MonadFix (IdentityT m) where
  mfix f = IdentityT (mfix (runIdentityT . f))

instance MonadIO m => MonadIO (IdentityT m) where
  liftIO = IdentityT . liftIO

instance MonadZip m => MonadZip (IdentityT m) where
  mzipWith f = lift2IdentityT (mzipWith f)

instance MonadTrans IdentityT where
  lift = IdentityT

mapIdentityT :: (m a -> n b) -> IdentityT m a -> IdentityT n b
mapIdentityT f = IdentityT . f . runIdentityT

lift2IdentityT :: (m a -> n b -> p c) -> IdentityT m a -> IdentityT n b -> IdentityT p c
lift2IdentityT f a b = IdentityT (f (runIdentityT a) (runIdentityT b))

liftCallCC :: CallCC m a b -> CallCC (IdentityT m) a b
liftCallCC callCC f = IdentityT $ callCC $ \ c -> runIdentityT (f (IdentityT . c))

liftCatch :: Catch e m a -> Catch e (IdentityT m) a
liftCatch f m h = IdentityT $ f (runIdentityT m) (runIdentityT . h)

instance Eq1 f => Eq1 (IdentityT f) where
  liftEq eq (IdentityT x) (IdentityT y) = liftEq eq x y

instance Ord1 f => Ord1 (IdentityT f) where
  liftCompare comp (IdentityT x) (IdentityT y) = liftCompare comp x y

instance Read1 f => Read1 (IdentityT f) where
  liftReadsPrec rp rl = readsData $
    readsUnaryWith (liftReadsPrec rp rl) "IdentityT" IdentityT

instance Show1 f => Show1 (IdentityT f) where
  liftShowsPrec sp sl d (IdentityT m) =
    showsUnaryWith (liftShowsPrec sp sl) "IdentityT" d m

instance (Eq1 f, Eq a) => Eq (IdentityT f a) where
  (==) = eq1

instance (Ord1 f, Ord a) => Ord (IdentityT f a) where
  compare = compare1

instance (Read1 f, Read a) => Read (IdentityT f a) where
  readsPrec = readsPrec1

instance (Show1 f, Show a) => Show (IdentityT f a) where
  showsPrec = showsPrec1

instance Contravariant f => Contravariant (IdentityT f) where
  contramap f = IdentityT . contramap f . runIdentityT

-- The -O1 build's helper of the Read1 instance's readsUnaryWith: the
-- inner parses' results wrapped in the constructor (a pair at a time).
zz_zdfRead1IdentityT3 :: [(f a, String)] -> [(IdentityT f a, String)]
zz_zdfRead1IdentityT3 xs = [(IdentityT x, t) | (x, t) <- xs]
