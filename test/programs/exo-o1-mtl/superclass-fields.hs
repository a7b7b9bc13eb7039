{-# LANGUAGE RankNTypes, FlexibleContexts, GADTs #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- The Monad superclass of each lifting instance of mtl's classes
-- (MonadCont, MonadError, MonadReader, MonadState, MonadWriter, and
-- MonadRWS's three), each taken in a function of its own at one transformer
-- over an unknown monad (no specialisation, no library inlining), so -O1
-- code names the instance's superclass field; each dictionary then runs a
-- small counter in a base monad that has all five classes.
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
data RWSOf m where RWSOf :: (MonadReader Int m, MonadWriter [String] m, MonadState Int m) => RWSOf m

-- A counter run through a Monad dictionary only.
{-# NOINLINE twice #-}
twice :: MonadOf m -> m Int -> m Int
twice MonadOf act = act >>= \a -> act >>= \b -> return (a * 10 + b)

{-# NOINLINE rwsWork #-}
rwsWork :: RWSOf m -> m Int
rwsWork RWSOf = do { e <- ask; modify (+ e); s <- get; tell ["s" ++ show s]; return (s * 100 + e) }

type Base = RWST Int [String] Int (ExceptT String (Cont (Either String (Int, Int, [String]))))

tick :: Base Int
tick = do { modify (+ 1); get }

report :: String -> Base Int -> IO ()
report name m = putStrLn (name ++ ": " ++ show (runCont (runExceptT (runRWST m 4 1)) (either Left Right)))

{-# NOINLINE supContErrorT #-}
supContErrorT :: MonadCont m => MonadOf (ErrorT String m)
supContErrorT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContExceptT #-}
supContExceptT :: MonadCont m => MonadOf (ExceptT String m)
supContExceptT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContIdentityT #-}
supContIdentityT :: MonadCont m => MonadOf (IdentityT m)
supContIdentityT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContListT #-}
supContListT :: MonadCont m => MonadOf (ListT m)
supContListT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContMaybeT #-}
supContMaybeT :: MonadCont m => MonadOf (MaybeT m)
supContMaybeT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContReaderT #-}
supContReaderT :: MonadCont m => MonadOf (ReaderT Int m)
supContReaderT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContStateT #-}
supContStateT :: MonadCont m => MonadOf (StateT Int m)
supContStateT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContStateTS #-}
supContStateTS :: MonadCont m => MonadOf (SS.StateT Int m)
supContStateTS = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContWriterT #-}
supContWriterT :: MonadCont m => MonadOf (WriterT [String] m)
supContWriterT = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContWriterTS #-}
supContWriterTS :: MonadCont m => MonadOf (WS.WriterT [String] m)
supContWriterTS = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContRWST #-}
supContRWST :: MonadCont m => MonadOf (RWST Int [String] Int m)
supContRWST = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supContRWSTS #-}
supContRWSTS :: MonadCont m => MonadOf (RS.RWST Int [String] Int m)
supContRWSTS = go
  where
    go :: forall n. MonadCont n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorIdentityT #-}
supErrorIdentityT :: MonadError String m => MonadOf (IdentityT m)
supErrorIdentityT = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorListT #-}
supErrorListT :: MonadError String m => MonadOf (ListT m)
supErrorListT = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorMaybeT #-}
supErrorMaybeT :: MonadError String m => MonadOf (MaybeT m)
supErrorMaybeT = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorReaderT #-}
supErrorReaderT :: MonadError String m => MonadOf (ReaderT Int m)
supErrorReaderT = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorStateT #-}
supErrorStateT :: MonadError String m => MonadOf (StateT Int m)
supErrorStateT = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorStateTS #-}
supErrorStateTS :: MonadError String m => MonadOf (SS.StateT Int m)
supErrorStateTS = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorWriterT #-}
supErrorWriterT :: MonadError String m => MonadOf (WriterT [String] m)
supErrorWriterT = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorWriterTS #-}
supErrorWriterTS :: MonadError String m => MonadOf (WS.WriterT [String] m)
supErrorWriterTS = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorRWST #-}
supErrorRWST :: MonadError String m => MonadOf (RWST Int [String] Int m)
supErrorRWST = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supErrorRWSTS #-}
supErrorRWSTS :: MonadError String m => MonadOf (RS.RWST Int [String] Int m)
supErrorRWSTS = go
  where
    go :: forall n. MonadError String n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderErrorT #-}
supReaderErrorT :: MonadReader Int m => MonadOf (ErrorT String m)
supReaderErrorT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderExceptT #-}
supReaderExceptT :: MonadReader Int m => MonadOf (ExceptT String m)
supReaderExceptT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderIdentityT #-}
supReaderIdentityT :: MonadReader Int m => MonadOf (IdentityT m)
supReaderIdentityT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderListT #-}
supReaderListT :: MonadReader Int m => MonadOf (ListT m)
supReaderListT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderMaybeT #-}
supReaderMaybeT :: MonadReader Int m => MonadOf (MaybeT m)
supReaderMaybeT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderStateT #-}
supReaderStateT :: MonadReader Int m => MonadOf (StateT Int m)
supReaderStateT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderStateTS #-}
supReaderStateTS :: MonadReader Int m => MonadOf (SS.StateT Int m)
supReaderStateTS = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderWriterT #-}
supReaderWriterT :: MonadReader Int m => MonadOf (WriterT [String] m)
supReaderWriterT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderWriterTS #-}
supReaderWriterTS :: MonadReader Int m => MonadOf (WS.WriterT [String] m)
supReaderWriterTS = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supReaderContT #-}
supReaderContT :: MonadReader Int m => MonadOf (ContT Int m)
supReaderContT = go
  where
    go :: forall n. MonadReader Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateErrorT #-}
supStateErrorT :: MonadState Int m => MonadOf (ErrorT String m)
supStateErrorT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateExceptT #-}
supStateExceptT :: MonadState Int m => MonadOf (ExceptT String m)
supStateExceptT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateIdentityT #-}
supStateIdentityT :: MonadState Int m => MonadOf (IdentityT m)
supStateIdentityT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateListT #-}
supStateListT :: MonadState Int m => MonadOf (ListT m)
supStateListT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateMaybeT #-}
supStateMaybeT :: MonadState Int m => MonadOf (MaybeT m)
supStateMaybeT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateReaderT #-}
supStateReaderT :: MonadState Int m => MonadOf (ReaderT Int m)
supStateReaderT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateWriterT #-}
supStateWriterT :: MonadState Int m => MonadOf (WriterT [String] m)
supStateWriterT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateWriterTS #-}
supStateWriterTS :: MonadState Int m => MonadOf (WS.WriterT [String] m)
supStateWriterTS = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supStateContT #-}
supStateContT :: MonadState Int m => MonadOf (ContT Int m)
supStateContT = go
  where
    go :: forall n. MonadState Int n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterErrorT #-}
supWriterErrorT :: MonadWriter [String] m => MonadOf (ErrorT String m)
supWriterErrorT = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterExceptT #-}
supWriterExceptT :: MonadWriter [String] m => MonadOf (ExceptT String m)
supWriterExceptT = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterIdentityT #-}
supWriterIdentityT :: MonadWriter [String] m => MonadOf (IdentityT m)
supWriterIdentityT = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterMaybeT #-}
supWriterMaybeT :: MonadWriter [String] m => MonadOf (MaybeT m)
supWriterMaybeT = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterReaderT #-}
supWriterReaderT :: MonadWriter [String] m => MonadOf (ReaderT Int m)
supWriterReaderT = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterStateT #-}
supWriterStateT :: MonadWriter [String] m => MonadOf (StateT Int m)
supWriterStateT = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE supWriterStateTS #-}
supWriterStateTS :: MonadWriter [String] m => MonadOf (SS.StateT Int m)
supWriterStateTS = go
  where
    go :: forall n. MonadWriter [String] n => MonadOf n
    go = MonadOf

{-# NOINLINE rwsErrorT #-}
rwsErrorT :: MonadRWS Int [String] Int m => RWSOf (ErrorT String m)
rwsErrorT = go
  where
    go :: forall n. MonadRWS Int [String] Int n => RWSOf n
    go = RWSOf

{-# NOINLINE rwsExceptT #-}
rwsExceptT :: MonadRWS Int [String] Int m => RWSOf (ExceptT String m)
rwsExceptT = go
  where
    go :: forall n. MonadRWS Int [String] Int n => RWSOf n
    go = RWSOf

{-# NOINLINE rwsIdentityT #-}
rwsIdentityT :: MonadRWS Int [String] Int m => RWSOf (IdentityT m)
rwsIdentityT = go
  where
    go :: forall n. MonadRWS Int [String] Int n => RWSOf n
    go = RWSOf

{-# NOINLINE rwsMaybeT #-}
rwsMaybeT :: MonadRWS Int [String] Int m => RWSOf (MaybeT m)
rwsMaybeT = go
  where
    go :: forall n. MonadRWS Int [String] Int n => RWSOf n
    go = RWSOf

main :: IO ()
main = do
  report "MonadCont ErrorT" (fmap (either length id) (runErrorT (twice supContErrorT (lift tick))))
  report "MonadCont ExceptT" (fmap (either length id) (runExceptT (twice supContExceptT (lift tick))))
  report "MonadCont IdentityT" (runIdentityT (twice supContIdentityT (lift tick)))
  report "MonadCont ListT" (fmap sum (runListT (twice supContListT (lift tick))))
  report "MonadCont MaybeT" (fmap (maybe 0 id) (runMaybeT (twice supContMaybeT (lift tick))))
  report "MonadCont ReaderT" (runReaderT (twice supContReaderT (lift tick)) 1)
  report "MonadCont StateT" (evalStateT (twice supContStateT (lift tick)) 0)
  report "MonadCont StateT'" (SS.evalStateT (twice supContStateTS (lift tick)) 0)
  report "MonadCont WriterT" (fmap fst (runWriterT (twice supContWriterT (lift tick))))
  report "MonadCont WriterT'" (fmap fst (WS.runWriterT (twice supContWriterTS (lift tick))))
  report "MonadCont RWST" (fmap (\(a, _, _) -> a) (runRWST (twice supContRWST (lift tick)) 1 0))
  report "MonadCont RWST'" (fmap (\(a, _, _) -> a) (RS.runRWST (twice supContRWSTS (lift tick)) 1 0))
  report "MonadError IdentityT" (runIdentityT (twice supErrorIdentityT (lift tick)))
  report "MonadError ListT" (fmap sum (runListT (twice supErrorListT (lift tick))))
  report "MonadError MaybeT" (fmap (maybe 0 id) (runMaybeT (twice supErrorMaybeT (lift tick))))
  report "MonadError ReaderT" (runReaderT (twice supErrorReaderT (lift tick)) 1)
  report "MonadError StateT" (evalStateT (twice supErrorStateT (lift tick)) 0)
  report "MonadError StateT'" (SS.evalStateT (twice supErrorStateTS (lift tick)) 0)
  report "MonadError WriterT" (fmap fst (runWriterT (twice supErrorWriterT (lift tick))))
  report "MonadError WriterT'" (fmap fst (WS.runWriterT (twice supErrorWriterTS (lift tick))))
  report "MonadError RWST" (fmap (\(a, _, _) -> a) (runRWST (twice supErrorRWST (lift tick)) 1 0))
  report "MonadError RWST'" (fmap (\(a, _, _) -> a) (RS.runRWST (twice supErrorRWSTS (lift tick)) 1 0))
  report "MonadReader ErrorT" (fmap (either length id) (runErrorT (twice supReaderErrorT (lift tick))))
  report "MonadReader ExceptT" (fmap (either length id) (runExceptT (twice supReaderExceptT (lift tick))))
  report "MonadReader IdentityT" (runIdentityT (twice supReaderIdentityT (lift tick)))
  report "MonadReader ListT" (fmap sum (runListT (twice supReaderListT (lift tick))))
  report "MonadReader MaybeT" (fmap (maybe 0 id) (runMaybeT (twice supReaderMaybeT (lift tick))))
  report "MonadReader StateT" (evalStateT (twice supReaderStateT (lift tick)) 0)
  report "MonadReader StateT'" (SS.evalStateT (twice supReaderStateTS (lift tick)) 0)
  report "MonadReader WriterT" (fmap fst (runWriterT (twice supReaderWriterT (lift tick))))
  report "MonadReader WriterT'" (fmap fst (WS.runWriterT (twice supReaderWriterTS (lift tick))))
  report "MonadReader ContT" (runContT (twice supReaderContT (lift tick)) return)
  report "MonadState ErrorT" (fmap (either length id) (runErrorT (twice supStateErrorT (lift tick))))
  report "MonadState ExceptT" (fmap (either length id) (runExceptT (twice supStateExceptT (lift tick))))
  report "MonadState IdentityT" (runIdentityT (twice supStateIdentityT (lift tick)))
  report "MonadState ListT" (fmap sum (runListT (twice supStateListT (lift tick))))
  report "MonadState MaybeT" (fmap (maybe 0 id) (runMaybeT (twice supStateMaybeT (lift tick))))
  report "MonadState ReaderT" (runReaderT (twice supStateReaderT (lift tick)) 1)
  report "MonadState WriterT" (fmap fst (runWriterT (twice supStateWriterT (lift tick))))
  report "MonadState WriterT'" (fmap fst (WS.runWriterT (twice supStateWriterTS (lift tick))))
  report "MonadState ContT" (runContT (twice supStateContT (lift tick)) return)
  report "MonadWriter ErrorT" (fmap (either length id) (runErrorT (twice supWriterErrorT (lift tick))))
  report "MonadWriter ExceptT" (fmap (either length id) (runExceptT (twice supWriterExceptT (lift tick))))
  report "MonadWriter IdentityT" (runIdentityT (twice supWriterIdentityT (lift tick)))
  report "MonadWriter MaybeT" (fmap (maybe 0 id) (runMaybeT (twice supWriterMaybeT (lift tick))))
  report "MonadWriter ReaderT" (runReaderT (twice supWriterReaderT (lift tick)) 1)
  report "MonadWriter StateT" (evalStateT (twice supWriterStateT (lift tick)) 0)
  report "MonadWriter StateT'" (SS.evalStateT (twice supWriterStateTS (lift tick)) 0)
  report "MonadRWS ErrorT" (fmap (either length id) (runErrorT (rwsWork rwsErrorT)))
  report "MonadRWS ExceptT" (fmap (either length id) (runExceptT (rwsWork rwsExceptT)))
  report "MonadRWS IdentityT" (runIdentityT (rwsWork rwsIdentityT))
  report "MonadRWS MaybeT" (fmap (maybe 0 id) (runMaybeT (rwsWork rwsMaybeT)))
