{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes #-}
-- Clean-room Control.Monad.ST.Lazy.Imp (base-4.15.1's lazy ST, exported by
-- Control.Monad.ST.Lazy and .Unsafe), written from the documentation (a
-- computation runs only as far as its results are demanded; strict ST
-- actions embedded with strictToLazyST run when the state after them is
-- needed) and the interface file (`newtype ST s a = ST (State s -> (a,
-- State s))`, `data State s = S# (State# s)`, the instances). Compiled
-- into preludes/base/Control.Monad.ST.Lazy.Imp.stg by
-- scripts/gen-library-preludes.mjs.
module Control.Monad.ST.Lazy.Imp
  ( ST (..),
    State (..),
    runST,
    fixST,
    strictToLazyST,
    lazyToStrictST,
    RealWorld,
    stToIO,
    unsafeInterleaveST,
    unsafeIOToST,
  )
where

import qualified Control.Monad.Fail as Fail
import Control.Applicative (liftA2)
import Control.Monad.Fix (MonadFix (..))
import qualified GHC.ST as Strict
import GHC.Exts (RealWorld, State#, runRW#)
import qualified GHC.IO as IO

newtype ST s a = ST {unST :: State s -> (a, State s)}

data State s = S# (State# s)

-- Every step passes the state on lazily: a step runs when the state it
-- leaves (or its result) is demanded.
instance Functor (ST s) where
  fmap f m = ST (\s -> let (r, s') = unST m s in (f r, s'))
  x <$ m = ST (\s -> let (_, s') = unST m s in (x, s'))

instance Applicative (ST s) where
  pure a = ST (\s -> (a, s))
  mf <*> mx = ST (\s -> let (f, s1) = unST mf s; (x, s2) = unST mx s1 in (f x, s2))
  liftA2 f ma mb = ST (\s -> let (a, s1) = unST ma s; (b, s2) = unST mb s1 in (f a b, s2))
  ma *> mb = ST (\s -> let (_, s1) = unST ma s in unST mb s1)
  ma <* mb = ST (\s -> let (a, s1) = unST ma s; (_, s2) = unST mb s1 in (a, s2))

instance Monad (ST s) where
  m >>= k = ST (\s -> let (r, s') = unST m s in unST (k r) s')

instance Fail.MonadFail (ST s) where
  fail msg = errorWithoutStackTrace msg

instance MonadFix (ST s) where
  mfix = fixST

runST :: (forall s. ST s a) -> a
runST (ST st) = runRW# (\s -> case st (S# s) of (r, _) -> r)

fixST :: (a -> ST s a) -> ST s a
fixST m = ST (\s -> let q = unST (m (fst q)) s in q)

strictToLazyST :: Strict.ST s a -> ST s a
strictToLazyST (Strict.ST m) = ST (\(S# s) -> case m s of (# s', a #) -> (a, S# s'))

lazyToStrictST :: ST s a -> Strict.ST s a
lazyToStrictST (ST m) = Strict.ST (\s -> case m (S# s) of (a, S# s') -> (# s', a #))

unsafeInterleaveST :: ST s a -> ST s a
unsafeInterleaveST = strictToLazyST . Strict.unsafeInterleaveST . lazyToStrictST

unsafeIOToST :: IO a -> ST s a
unsafeIOToST = strictToLazyST . IO.unsafeIOToST

stToIO :: ST RealWorld a -> IO a
stToIO = IO.stToIO . lazyToStrictST
