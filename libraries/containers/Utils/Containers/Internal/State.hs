-- hs2stg's own implementation of containers-0.6.4.1's
-- Utils.Containers.Internal.State (a lazy state monad).
module Utils.Containers.Internal.State (State (..), execState) where

newtype State s a = State { runState :: s -> (s, a) }

instance Functor (State s) where
  fmap f (State m) = State $ \s -> let (s', x) = m s in (s', f x)

instance Applicative (State s) where
  pure x = State $ \s -> (s, x)
  State mf <*> State mx = State $ \s -> let (s', f) = mf s; (s'', x) = mx s' in (s'', f x)

instance Monad (State s) where
  m >>= k = State $ \s -> let (s', x) = runState m s in runState (k x) s'

execState :: State s a -> s -> a
execState m x = snd (runState m x)
