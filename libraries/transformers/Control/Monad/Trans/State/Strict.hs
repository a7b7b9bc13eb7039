-- Clean-room Control.Monad.Trans.State.Strict (transformers-0.5.6.2's API).
module Control.Monad.Trans.State.Strict
  ( State, runState, evalState, execState, mapState, withState
  , StateT(..), evalStateT, execStateT, mapStateT, withStateT
  , state, get, put, modify, modify', gets
  , liftCallCC, liftCallCC', liftCatch, liftListen, liftPass ) where

import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import Control.Monad.Signatures
import Data.Functor.Identity
import Data.Functor.Contravariant (Contravariant(..))

type State s = StateT s Identity

newtype StateT s m a = StateT { runStateT :: s -> m (a, s) }

runState :: State s a -> s -> (a, s)
runState m s = runIdentity (runStateT m s)

evalState :: State s a -> s -> a
evalState m s = fst (runState m s)

execState :: State s a -> s -> s
execState m s = snd (runState m s)

mapState :: ((a, s) -> (b, s)) -> State s a -> State s b
mapState f = mapStateT (Identity . f . runIdentity)

withState :: (s -> s) -> State s a -> State s a
withState = withStateT

evalStateT :: Monad m => StateT s m a -> s -> m a
evalStateT m s = do
  (a, _) <- runStateT m s
  return a

execStateT :: Monad m => StateT s m a -> s -> m s
execStateT m s = do
  (_, s') <- runStateT m s
  return s'

mapStateT :: (m (a, s) -> n (b, s)) -> StateT s m a -> StateT s n b
mapStateT f m = StateT $ f . runStateT m

withStateT :: (s -> s) -> StateT s m a -> StateT s m a
withStateT f m = StateT $ runStateT m . f

-- The hot methods take their lambda without ($) and state without (.):
-- the same functions, fewer calls and closures in our -O0 code.
instance Functor m => Functor (StateT s m) where
  fmap f m = StateT (\ s -> fmap (\ (a, s') -> (f a, s')) (runStateT m s))

instance (Functor m, Monad m) => Applicative (StateT s m) where
  pure a = StateT (\ s -> return (a, s))
  StateT mf <*> StateT mx = StateT (\ s -> do
    (f, s') <- mf s
    (x, s'') <- mx s'
    return (f x, s''))
  m *> k = m >>= \ _ -> k

instance (Functor m, MonadPlus m) => Alternative (StateT s m) where
  empty = StateT $ \ _ -> mzero
  StateT m <|> StateT n = StateT $ \ s -> m s `mplus` n s

instance Monad m => Monad (StateT s m) where
  return a = StateT (\ s -> return (a, s))
  m >>= k = StateT (\ s -> do
    (a, s') <- runStateT m s
    runStateT (k a) s')

instance MonadFail m => MonadFail (StateT s m) where
  fail str = StateT $ \ _ -> fail str

instance MonadPlus m => MonadPlus (StateT s m) where
  mzero = StateT $ \ _ -> mzero
  StateT m `mplus` StateT n = StateT $ \ s -> m s `mplus` n s

instance MonadFix m => MonadFix (StateT s m) where
  mfix f = StateT $ \ s -> mfix $ \ ~(a, _) -> runStateT (f a) s

instance MonadTrans (StateT s) where
  lift m = StateT $ \ s -> do
    a <- m
    return (a, s)

instance MonadIO m => MonadIO (StateT s m) where
  liftIO = lift . liftIO

state :: Monad m => (s -> (a, s)) -> StateT s m a
state f = StateT (\ s -> return (f s))

get :: Monad m => StateT s m s
get = state (\ s -> (s, s))

put :: Monad m => s -> StateT s m ()
put s = state (\ _ -> ((), s))

modify :: Monad m => (s -> s) -> StateT s m ()
modify f = state (\ s -> ((), f s))

modify' :: Monad m => (s -> s) -> StateT s m ()
modify' f = do
  s <- get
  put $! f s

gets :: Monad m => (s -> a) -> StateT s m a
gets f = state (\ s -> (f s, s))

liftCallCC :: CallCC m (a, s) (b, s) -> CallCC (StateT s m) a b
liftCallCC callCC f = StateT $ \ s ->
  callCC $ \ c -> runStateT (f (\ a -> StateT $ \ _ -> c (a, s))) s

liftCallCC' :: CallCC m (a, s) (b, s) -> CallCC (StateT s m) a b
liftCallCC' callCC f = StateT $ \ s ->
  callCC $ \ c -> runStateT (f (\ a -> StateT $ \ s' -> c (a, s'))) s

liftCatch :: Catch e m (a, s) -> Catch e (StateT s m) a
liftCatch catchE m h = StateT $ \ s -> runStateT m s `catchE` \ e -> runStateT (h e) s

liftListen :: Monad m => Listen w m (a, s) -> Listen w (StateT s m) a
liftListen listen m = StateT $ \ s -> do
  ((a, s'), w) <- listen (runStateT m s)
  return ((a, w), s')

liftPass :: Monad m => Pass w m (a, s) -> Pass w (StateT s m) a
liftPass pass m = StateT $ \ s -> pass $ do
  ((a, f), s') <- runStateT m s
  return ((a, s'), f)

instance Contravariant m => Contravariant (StateT s m) where
  contramap f m = StateT $ \ s ->
    contramap (\ (a, s') -> (f a, s')) $ runStateT m s
