{-# LANGUAGE RankNTypes, FlexibleContexts, FlexibleInstances, GADTs, GeneralizedNewtypeDeriving, ConstraintKinds, MultiParamTypeClasses #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- The superclass ladders of mtl's classes: each helper below holds one
-- class's dictionary and hands out the superclass dictionary (Monad from
-- MonadState, MonadReader, MonadError, MonadCont, MonadWriter; MonadReader,
-- MonadWriter and MonadState from MonadRWS), built at each lifting
-- transformer over an unknown monad, so -O1 code names the instances'
-- superclass fields. Also mtl's helpers (gets, modify', listens, censor)
-- over an unknown monad, the tuple writer, Maybe and Either as error monads,
-- and a user monad taking the MonadWriter defaults.
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.Except
import Control.Monad.Cont
import Control.Monad.RWS
import qualified Control.Monad.State.Strict as SS
import qualified Control.Monad.Writer.Strict as WS
import qualified Control.Monad.RWS.Strict as RS
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))

data MonadOf m where MonadOf :: Monad m => MonadOf m
data ReaderOf m where ReaderOf :: MonadReader Int m => ReaderOf m
data WriterOf m where WriterOf :: MonadWriter [String] m => WriterOf m
data StateOf m where StateOf :: MonadState Int m => StateOf m

{-# INLINE viaState #-}
viaState :: MonadState Int m => MonadOf m
viaState = MonadOf

{-# INLINE viaReader #-}
viaReader :: MonadReader Int m => MonadOf m
viaReader = MonadOf

{-# INLINE viaWriter #-}
viaWriter :: MonadWriter [String] m => MonadOf m
viaWriter = MonadOf

{-# INLINE viaError #-}
viaError :: MonadError String m => MonadOf m
viaError = MonadOf

{-# INLINE viaCont #-}
viaCont :: MonadCont m => MonadOf m
viaCont = MonadOf

data RWSOf m = RWSOf (ReaderOf m) (WriterOf m) (StateOf m)

{-# INLINE viaRWS #-}
viaRWS :: MonadRWS Int [String] Int m => RWSOf m
viaRWS = RWSOf ReaderOf WriterOf StateOf

-- What each ladder can run: a Monad action built from its dictionary.
{-# NOINLINE twice #-}
twice :: MonadOf m -> m Int -> m Int
twice MonadOf act = act >>= \a -> act >>= \b -> return (a * 10 + b)

{-# NOINLINE rwsWork #-}
rwsWork :: RWSOf m -> m Int
rwsWork (RWSOf ReaderOf WriterOf StateOf) = do
  e <- ask
  modify (+ e)
  s <- get
  tell ["s=" ++ show s]
  return (s + e)

type Full m = (MonadRWS Int [String] Int m, Five m)
type Five m = (MonadState Int m, MonadReader Int m, MonadWriter [String] m, MonadError String m, MonadCont m)

data Ladders m = Ladders [MonadOf m]

{-# INLINE ladders #-}
ladders :: Five m => Ladders m
ladders = Ladders [viaState, viaReader, viaWriter, viaError, viaCont]

{-# NOINLINE lMaybeT #-}
lMaybeT :: Full m => (Ladders (MaybeT m), RWSOf (MaybeT m))
lMaybeT = (ladders, viaRWS)

{-# NOINLINE lIdentityT #-}
lIdentityT :: Full m => (Ladders (IdentityT m), RWSOf (IdentityT m))
lIdentityT = (ladders, viaRWS)

{-# NOINLINE lExceptT #-}
lExceptT :: Full m => (Ladders (ExceptT String m), RWSOf (ExceptT String m))
lExceptT = (ladders, viaRWS)

{-# NOINLINE lErrorT #-}
lErrorT :: Full m => (Ladders (ErrorT String m), RWSOf (ErrorT String m))
lErrorT = (ladders, viaRWS)

{-# NOINLINE lListT #-}
lListT :: Full m => [MonadOf (ListT m)]
lListT = [viaState, viaReader, viaError, viaCont]

{-# NOINLINE lReaderT #-}
lReaderT :: Full m => Ladders (ReaderT Int m)
lReaderT = ladders

{-# NOINLINE lStateT #-}
lStateT :: Full m => (Ladders (StateT Int m), Ladders (SS.StateT Int m))
lStateT = (ladders, ladders)

{-# NOINLINE lWriterT #-}
lWriterT :: Full m => (Ladders (WriterT [String] m), Ladders (WS.WriterT [String] m))
lWriterT = (ladders, ladders)

{-# NOINLINE lRWST #-}
lRWST :: Full m => (Ladders (RWST Int [String] Int m), Ladders (RS.RWST Int [String] Int m))
lRWST = (ladders, ladders)

{-# NOINLINE lContT #-}
lContT :: (MonadState Int m, MonadReader Int m) => [MonadOf (ContT Int m)]
lContT = [viaState, viaReader, viaCont]

-- mtl's helpers over an unknown monad (their workers).
{-# NOINLINE helpers #-}
helpers :: (MonadState Int m, MonadWriter [String] m) => m (Int, [String], String)
helpers = do
  a <- gets (* 3)
  modify' (+ 1)
  (_, w) <- listens (map length) (tell ["one", "three"])
  censor (map reverse) (tell ["censored"])
  b <- gets show
  return (a, map show w, b)

{-# NOINLINE throwIn #-}
throwIn :: MonadError e m => e -> m Int
throwIn e = throwError e

{-# NOINLINE listenIn #-}
listenIn :: MonadWriter w m => m a -> m (a, w)
listenIn m = listen m

{-# NOINLINE passIn #-}
passIn :: MonadWriter w m => m (a, w -> w) -> m a
passIn m = pass m

-- A writer monad of its own that takes the class's defaults: Logged
-- defines only writer (tell from it), Counted only tell (writer from it).
newtype Logged a = Logged (a, [String]) deriving Show
instance Functor Logged where fmap f (Logged (a, w)) = Logged (f a, w)
instance Applicative Logged where { pure a = Logged (a, []); Logged (f, v) <*> Logged (a, w) = Logged (f a, v ++ w) }
instance Monad Logged where Logged (a, w) >>= k = let Logged (b, v) = k a in Logged (b, w ++ v)
instance MonadWriter [String] Logged where
  writer = Logged
  listen (Logged (a, w)) = Logged ((a, w), w)
  pass (Logged ((a, f), w)) = Logged (a, f w)

newtype Counted a = Counted (Writer [String] a) deriving (Functor, Applicative, Monad)
instance MonadWriter [String] Counted where
  tell w = Counted (tell (map (++ "!") w))
  listen (Counted m) = Counted (listen m)
  pass (Counted m) = Counted (pass m)

runCounted :: Counted a -> (a, [String])
runCounted (Counted m) = runWriter m

type Base = RWST Int [String] Int (ExceptT String (Cont (Either String (Int, Int, [String]))))

runBase :: Base Int -> Either String (Int, Int, [String])
runBase m = runCont (runExceptT (runRWST m 4 1)) (either Left Right)

tick :: Base Int
tick = do { modify (+ 1); tell ["t"]; get }

main :: IO ()
main = do
  let show' = print . runBase
      each (Ladders ls) run = mapM_ (\l -> show' (run (twice l (lift' tick)))) ls
        where lift' = id
  let (lm, rm) = lMaybeT
      Ladders lms = lm
  mapM_ (\l -> show' (fmap (maybe 0 id) (runMaybeT (twice l (lift tick))))) lms
  show' (fmap (maybe 0 id) (runMaybeT (rwsWork rm)))
  let (li, ri) = lIdentityT
      Ladders lis = li
  mapM_ (\l -> show' (runIdentityT (twice l (lift tick)))) lis
  show' (runIdentityT (rwsWork ri))
  let (le, re) = lExceptT
      Ladders les = le
  mapM_ (\l -> show' (fmap (either length id) (runExceptT (twice l (lift tick))))) les
  show' (fmap (either length id) (runExceptT (rwsWork re)))
  let (lr, rr) = lErrorT
      Ladders lrs = lr
  mapM_ (\l -> show' (fmap (either length id) (runErrorT (twice l (lift tick))))) lrs
  show' (fmap (either length id) (runErrorT (rwsWork rr)))
  mapM_ (\l -> show' (fmap sum (runListT (twice l (lift tick))))) lListT
  let Ladders lrd = lReaderT
  mapM_ (\l -> show' (runReaderT (twice l (lift tick)) 0)) lrd
  let (Ladders lsl, Ladders lss) = lStateT
  mapM_ (\l -> show' (evalStateT (twice l (lift tick)) 0)) lsl
  mapM_ (\l -> show' (SS.evalStateT (twice l (lift tick)) 0)) lss
  let (Ladders lwl, Ladders lws) = lWriterT
  mapM_ (\l -> show' (fmap fst (runWriterT (twice l (lift tick))))) lwl
  mapM_ (\l -> show' (fmap fst (WS.runWriterT (twice l (lift tick))))) lws
  let (Ladders lrl, Ladders lrs') = lRWST
  mapM_ (\l -> show' (fmap (\(a, _, _) -> a) (runRWST (twice l (lift tick)) 0 0))) lrl
  mapM_ (\l -> show' (fmap (\(a, _, _) -> a) (RS.runRWST (twice l (lift tick)) 0 0))) lrs'
  mapM_ (\l -> show' (runContT (twice l (lift tick)) return)) lContT
  -- the helpers, in a state-writer base and in RWS
  print (runWriter (runStateT helpers 5), runRWS helpers () 7, RS.runRWS helpers () 8)
  print (throwIn () :: Maybe Int, throwIn "e" :: Either String Int, runExcept (throwIn 'x' `catchError` (\c -> return (fromEnum c))))
  print (listenIn ("ab", 'c'), passIn ("cd", ('e', reverse)), runWriter (listenIn (tell "w" >> return 'v')), runWriter (passIn (tell "xy" >> return ('p', map succ))))
  print (listenIn (tell ["l"] :: Logged ()), passIn (Logged (('q', reverse), ["a", "b"])), runCounted (listenIn (writer ('w', ["c"]))))
  print (runCounted (passIn (tell ["x", "y"] >> return ((), reverse))), runCounted (censor (map reverse) (tell ["ab"])))
  where
    _ = ()
