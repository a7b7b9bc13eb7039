{-# LANGUAGE FunctionalDependencies, FlexibleInstances, UndecidableInstances #-}
-- Clean-room Control.Monad.Error.Class (mtl-2.2.2's API).
module Control.Monad.Error.Class (Error(..), MonadError(..), liftEither) where

import Control.Exception (IOException, catch, ioError)
import Control.Monad.Trans.Class (lift)
import Control.Monad.Trans.Error (Error(..), ErrorT)
import qualified Control.Monad.Trans.Error as ErrorT
import Control.Monad.Trans.Except (ExceptT)
import qualified Control.Monad.Trans.Except as ExceptT
import Control.Monad.Trans.Identity (IdentityT)
import qualified Control.Monad.Trans.Identity as Identity
import Control.Monad.Trans.List (ListT)
import qualified Control.Monad.Trans.List as List
import Control.Monad.Trans.Maybe (MaybeT)
import qualified Control.Monad.Trans.Maybe as Maybe
import Control.Monad.Trans.Reader (ReaderT)
import qualified Control.Monad.Trans.Reader as Reader
import qualified Control.Monad.Trans.RWS.Lazy as LazyRWS
import qualified Control.Monad.Trans.RWS.Strict as StrictRWS
import qualified Control.Monad.Trans.State.Lazy as LazyState
import qualified Control.Monad.Trans.State.Strict as StrictState
import qualified Control.Monad.Trans.Writer.Lazy as LazyWriter
import qualified Control.Monad.Trans.Writer.Strict as StrictWriter

class Monad m => MonadError e m | m -> e where
  throwError :: e -> m a
  catchError :: m a -> (e -> m a) -> m a

liftEither :: MonadError e m => Either e a -> m a
liftEither = either throwError return

instance MonadError IOException IO where
  throwError = ioError
  catchError = catch

instance MonadError () Maybe where
  throwError () = Nothing
  catchError Nothing f = f ()
  catchError x _ = x

instance MonadError e (Either e) where
  throwError = Left
  Left l `catchError` h = h l
  Right r `catchError` _ = Right r

instance (Monad m, Error e) => MonadError e (ErrorT e m) where
  throwError = ErrorT.throwError
  catchError = ErrorT.catchError

instance Monad m => MonadError e (ExceptT e m) where
  throwError = ExceptT.throwE
  catchError = ExceptT.catchE

instance MonadError e m => MonadError e (IdentityT m) where
  throwError = lift . throwError
  catchError = Identity.liftCatch catchError

instance MonadError e m => MonadError e (ListT m) where
  throwError = lift . throwError
  catchError = List.liftCatch catchError

instance MonadError e m => MonadError e (MaybeT m) where
  throwError = lift . throwError
  catchError = Maybe.liftCatch catchError

instance MonadError e m => MonadError e (ReaderT r m) where
  throwError = lift . throwError
  catchError = Reader.liftCatch catchError

instance (Monoid w, MonadError e m) => MonadError e (LazyRWS.RWST r w s m) where
  throwError = lift . throwError
  catchError = LazyRWS.liftCatch catchError

instance (Monoid w, MonadError e m) => MonadError e (StrictRWS.RWST r w s m) where
  throwError = lift . throwError
  catchError = StrictRWS.liftCatch catchError

instance MonadError e m => MonadError e (LazyState.StateT s m) where
  throwError = lift . throwError
  catchError = LazyState.liftCatch catchError

instance MonadError e m => MonadError e (StrictState.StateT s m) where
  throwError = lift . throwError
  catchError = StrictState.liftCatch catchError

instance (Monoid w, MonadError e m) => MonadError e (LazyWriter.WriterT w m) where
  throwError = lift . throwError
  catchError = LazyWriter.liftCatch catchError

instance (Monoid w, MonadError e m) => MonadError e (StrictWriter.WriterT w m) where
  throwError = lift . throwError
  catchError = StrictWriter.liftCatch catchError
