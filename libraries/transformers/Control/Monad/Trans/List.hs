-- Clean-room Control.Monad.Trans.List (transformers-0.5.6.2's deprecated API).
module Control.Monad.Trans.List
  ( ListT(..), mapListT, liftCallCC, liftCatch ) where

import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.Zip
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import Control.Monad.Signatures

newtype ListT m a = ListT { runListT :: m [a] }

mapListT :: (m [a] -> n [b]) -> ListT m a -> ListT n b
mapListT f m = ListT $ f (runListT m)

instance Functor m => Functor (ListT m) where
  fmap f = mapListT $ fmap $ map f

instance Foldable f => Foldable (ListT f) where
  foldMap f (ListT a) = foldMap (foldMap f) a

instance Traversable f => Traversable (ListT f) where
  traverse f (ListT a) = ListT <$> traverse (traverse f) a

instance Applicative m => Applicative (ListT m) where
  pure a = ListT $ pure [a]
  f <*> v = ListT $ (<*>) <$> runListT f <*> runListT v

instance Applicative m => Alternative (ListT m) where
  empty = ListT $ pure []
  m <|> n = ListT $ (++) <$> runListT m <*> runListT n

instance Monad m => Monad (ListT m) where
  m >>= k = ListT $ do
    a <- runListT m
    b <- mapM (runListT . k) a
    return (concat b)

instance Monad m => MonadFail (ListT m) where
  fail _ = ListT $ return []

instance Monad m => MonadPlus (ListT m) where
  mzero = ListT $ return []
  m `mplus` n = ListT $ do
    a <- runListT m
    b <- runListT n
    return (a ++ b)

instance MonadFix m => MonadFix (ListT m) where
  mfix f = ListT $ do
    a <- mfix (runListT . f . head)
    case a of
      [] -> return []
      x : _ -> do
        xs <- runListT (mfix (mapListT (liftM tail) . f))
        return (x : xs)

instance MonadTrans ListT where
  lift m = ListT $ do
    a <- m
    return [a]

instance MonadIO m => MonadIO (ListT m) where
  liftIO = lift . liftIO

instance MonadZip m => MonadZip (ListT m) where
  mzipWith f (ListT a) (ListT b) = ListT $ mzipWith (zipWith f) a b

liftCallCC :: CallCC m [a] [b] -> CallCC (ListT m) a b
liftCallCC callCC f = ListT $
  callCC $ \ c -> runListT (f (\ a -> ListT $ c [a]))

liftCatch :: Catch e m [a] -> Catch e (ListT m) a
liftCatch catchE m h = ListT $ runListT m `catchE` \ e -> runListT (h e)
