{-# LANGUAGE RankNTypes, MultiParamTypeClasses, FlexibleInstances, UndecidableInstances #-}
-- Clean-room Control.Monad.Catch.Pure (exceptions-0.10.4): CatchT, the
-- transformer that carries a thrown exception as `Left SomeException`,
-- written from the documented API; the instances' contexts (Functor and
-- Applicative over `Monad m`, Foldable over `Foldable m` alone, Traversable
-- over both) and the methods each instance defines follow the installed
-- interface file, the rest are the classes' defaults.
module Control.Monad.Catch.Pure
  ( CatchT(..), Catch, runCatch, mapCatchT
  , module Control.Monad.Catch
  , zz_zdfMonadFixCatchT2, zz_zdfFoldableCatchT5, zz_zdfFoldableCatchT7
  ) where

import Control.Monad.Catch
import Control.Applicative (Alternative(..))
import Control.Monad (MonadPlus(..), ap, liftM)
import Control.Monad.Fix (MonadFix(..))
import Control.Monad.IO.Class (MonadIO(..))
import Control.Monad.Trans.Class (MonadTrans(..))
import Control.Monad.RWS.Class (MonadRWS)
import Control.Monad.Reader.Class (MonadReader(..))
import Control.Monad.State.Class (MonadState(..))
import Control.Monad.Writer.Class (MonadWriter(..))
import Data.Functor.Identity (Identity(..))
import qualified Control.Exception as E

-- | A monad transformer whose failures are exceptions.
newtype CatchT m a = CatchT { runCatchT :: m (Either SomeException a) }

type Catch = CatchT Identity

runCatch :: Catch a -> Either SomeException a
runCatch = runIdentity . runCatchT

mapCatchT :: (m (Either SomeException a) -> n (Either SomeException b)) -> CatchT m a -> CatchT n b
mapCatchT f m = CatchT (f (runCatchT m))

instance Monad m => Functor (CatchT m) where
  fmap f (CatchT m) = CatchT (liftM (fmap f) m)

instance Monad m => Applicative (CatchT m) where
  pure a = CatchT (return (Right a))
  (<*>) = ap

instance Monad m => Monad (CatchT m) where
  return = pure
  CatchT m >>= k = CatchT (m >>= \ea -> case ea of
    Left e -> return (Left e)
    Right a -> runCatchT (k a))

instance Monad m => MonadFail (CatchT m) where
  fail = CatchT . return . Left . toException . userError

instance MonadFix m => MonadFix (CatchT m) where
  mfix f = CatchT (mfix (\a -> runCatchT (f (case a of
    Right r -> r
    _ -> zz_zdfMonadFixCatchT2))))

-- | mfix's argument when the result was an exception: the installed
-- package's `error` call, with the call stack its build records.
zz_zdfMonadFixCatchT2 :: a
zz_zdfMonadFixCatchT2 = E.throw (E.ErrorCallWithLocation "empty mfix argument"
  "CallStack (from HasCallStack):\n  error, called at libraries/exceptions/src/Control/Monad/Catch/Pure.hs:123:16 in exceptions-0.10.4:Control.Monad.Catch.Pure")

instance Foldable m => Foldable (CatchT m) where
  foldMap f (CatchT m) = foldMap (\ea -> case ea of
    Left _ -> mempty
    Right a -> f a) m

-- | The default foldl1's and foldr1's empty-structure errors as the
-- installed package's -O1 workers name them.
zz_zdfFoldableCatchT5 :: a
zz_zdfFoldableCatchT5 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableCatchT7 :: a
zz_zdfFoldableCatchT7 = errorWithoutStackTrace "foldr1: empty structure"

instance (Monad m, Traversable m) => Traversable (CatchT m) where
  traverse f (CatchT m) = fmap CatchT (traverse (\ea -> case ea of
    Left e -> pure (Left e)
    Right a -> fmap Right (f a)) m)

instance Monad m => Alternative (CatchT m) where
  empty = mzero
  (<|>) = mplus

instance Monad m => MonadPlus (CatchT m) where
  mzero = CatchT (return (Left (toException (userError ""))))
  mplus (CatchT m) (CatchT n) = CatchT (m >>= \ea -> case ea of
    Left _ -> n
    Right a -> return (Right a))

instance MonadTrans CatchT where
  lift m = CatchT (m >>= \a -> return (Right a))

instance MonadIO m => MonadIO (CatchT m) where
  liftIO m = CatchT (liftIO m >>= \a -> return (Right a))

instance Monad m => MonadThrow (CatchT m) where
  throwM = CatchT . return . Left . toException

instance Monad m => MonadCatch (CatchT m) where
  catch (CatchT m) c = CatchT (m >>= \ea -> case ea of
    Left e -> case fromException e of
      Just e' -> runCatchT (c e')
      Nothing -> return (Left e)
    Right a -> return (Right a))

-- | Nothing to mask in a pure monad: mask runs its action with `id`.
instance Monad m => MonadMask (CatchT m) where
  mask a = a id
  uninterruptibleMask a = a id
  generalBracket acquire release use = CatchT (runCatchT acquire >>= \er -> case er of
    Left e -> return (Left e)
    Right resource -> runCatchT (use resource) >>= \eb -> case eb of
      Left e -> runCatchT (release resource (ExitCaseException e) >> throwM e)
      Right b -> runCatchT (release resource (ExitCaseSuccess b) >>= \c -> return (b, c)))

instance MonadState s m => MonadState s (CatchT m) where
  get = lift get
  put = lift . put
  state = lift . state

instance MonadReader e m => MonadReader e (CatchT m) where
  ask = lift ask
  local f (CatchT m) = CatchT (local f m)
  reader = lift . reader

instance MonadWriter w m => MonadWriter w (CatchT m) where
  tell = lift . tell
  writer = lift . writer
  listen = mapCatchT (\m -> listen m >>= \(ea, w) -> return (fmap (\a -> (a, w)) ea))
  pass = mapCatchT (\m -> pass (m >>= \ea -> return (case ea of
    Left e -> (Left e, id)
    Right (a, f) -> (Right a, f))))

instance MonadRWS r w s m => MonadRWS r w s (CatchT m)
