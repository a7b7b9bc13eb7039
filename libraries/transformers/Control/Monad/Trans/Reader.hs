-- Clean-room Control.Monad.Trans.Reader (transformers-0.5.6.2's API).
module Control.Monad.Trans.Reader
  ( Reader, reader, runReader, mapReader, withReader
  , ReaderT(..), mapReaderT, withReaderT
  , ask, local, asks, liftCallCC, liftCatch ) where

import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.Zip
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import Control.Monad.Signatures
import Data.Functor.Identity
import Data.Functor.Contravariant (Contravariant(..))

type Reader r = ReaderT r Identity

newtype ReaderT r m a = ReaderT { runReaderT :: r -> m a }

reader :: Monad m => (r -> a) -> ReaderT r m a
reader f = ReaderT (return . f)

runReader :: Reader r a -> r -> a
runReader m = runIdentity . runReaderT m

mapReader :: (a -> b) -> Reader r a -> Reader r b
mapReader f = mapReaderT (Identity . f . runIdentity)

withReader :: (r' -> r) -> Reader r a -> Reader r' a
withReader = withReaderT

mapReaderT :: (m a -> n b) -> ReaderT r m a -> ReaderT r n b
mapReaderT f m = ReaderT $ f . runReaderT m

withReaderT :: (r' -> r) -> ReaderT r m a -> ReaderT r' m a
withReaderT f m = ReaderT $ runReaderT m . f

instance Functor m => Functor (ReaderT r m) where
  fmap f = mapReaderT (fmap f)
  x <$ v = mapReaderT (x <$) v

instance Applicative m => Applicative (ReaderT r m) where
  pure a = ReaderT $ \ _ -> pure a
  f <*> v = ReaderT $ \ r -> runReaderT f r <*> runReaderT v r
  u *> v = ReaderT $ \ r -> runReaderT u r *> runReaderT v r
  u <* v = ReaderT $ \ r -> runReaderT u r <* runReaderT v r
  liftA2 f x y = ReaderT $ \ r -> liftA2 f (runReaderT x r) (runReaderT y r)

instance Alternative m => Alternative (ReaderT r m) where
  empty = ReaderT $ \ _ -> empty
  m <|> n = ReaderT $ \ r -> runReaderT m r <|> runReaderT n r

instance Monad m => Monad (ReaderT r m) where
  return a = ReaderT $ \ _ -> return a
  m >>= k = ReaderT $ \ r -> do
    a <- runReaderT m r
    runReaderT (k a) r

instance MonadFail m => MonadFail (ReaderT r m) where
  fail msg = ReaderT $ \ _ -> fail msg

instance MonadPlus m => MonadPlus (ReaderT r m) where
  mzero = ReaderT $ \ _ -> mzero
  m `mplus` n = ReaderT $ \ r -> runReaderT m r `mplus` runReaderT n r

instance MonadFix m => MonadFix (ReaderT r m) where
  mfix f = ReaderT $ \ r -> mfix $ \ a -> runReaderT (f a) r

instance MonadTrans (ReaderT r) where
  lift m = ReaderT (const m)

instance MonadIO m => MonadIO (ReaderT r m) where
  liftIO = lift . liftIO

instance MonadZip m => MonadZip (ReaderT r m) where
  mzipWith f (ReaderT m) (ReaderT n) = ReaderT $ \ a -> mzipWith f (m a) (n a)

ask :: Monad m => ReaderT r m r
ask = ReaderT return

local :: (r -> r) -> ReaderT r m a -> ReaderT r m a
local = withReaderT

asks :: Monad m => (r -> a) -> ReaderT r m a
asks f = ReaderT (return . f)

liftCallCC :: CallCC m a b -> CallCC (ReaderT r m) a b
liftCallCC callCC f = ReaderT $ \ r ->
  callCC $ \ c -> runReaderT (f (ReaderT . const . c)) r

liftCatch :: Catch e m a -> Catch e (ReaderT r m) a
liftCatch f m h = ReaderT $ \ r -> f (runReaderT m r) (\ e -> runReaderT (h e) r)

instance Contravariant m => Contravariant (ReaderT r m) where
  contramap f = ReaderT . fmap (contramap f) . runReaderT
