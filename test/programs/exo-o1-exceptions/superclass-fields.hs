{-# LANGUAGE RankNTypes, FlexibleContexts, GADTs #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- The superclass of each transformer's MonadThrow (Monad), MonadCatch
-- (MonadThrow) and MonadMask (MonadCatch) instance, each taken in a
-- function of its own at one transformer over an unknown monad (no
-- specialisation, no library inlining), so -O1 code names the instance's
-- superclass field; each dictionary then throws, catches or counts in IO.
import Control.Monad.Catch
import Control.Monad.Catch.Pure (CatchT (..))
import Control.Exception (ArithException (..))
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.RWS
import qualified Control.Monad.State.Strict as SS
import qualified Control.Monad.Writer.Strict as WS
import qualified Control.Monad.RWS.Strict as RS
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))
import Control.Monad.Trans.Cont (ContT (..))

data MonadOf m where MonadOf :: Monad m => MonadOf m
data ThrowOf m where ThrowOf :: MonadThrow m => ThrowOf m
data CatchOf m where CatchOf :: MonadCatch m => CatchOf m

-- What each rung can do.
{-# NOINLINE countWith #-}
countWith :: MonadOf m -> m Int -> m Int
countWith MonadOf act = act >>= \a -> act >>= \b -> return (a * 10 + b)

{-# NOINLINE throwWith #-}
throwWith :: ThrowOf m -> m Int -> m Int
throwWith ThrowOf act = act >>= \a -> if a > 100 then throwM Overflow else return (a + 1)

{-# NOINLINE catchWith #-}
catchWith :: CatchOf m -> m Int -> m Int
catchWith CatchOf act = (act >>= \_ -> throwM DivideByZero) `catch` (\e -> return (length (show (e :: ArithException))))

tick :: IO Int
tick = return 4

report :: String -> IO Int -> IO ()
report name m = m >>= \r -> putStrLn (name ++ ": " ++ show r)

{-# NOINLINE supThrowErrorT #-}
supThrowErrorT :: MonadThrow m => MonadOf (ErrorT String m)
supThrowErrorT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowExceptT #-}
supThrowExceptT :: MonadThrow m => MonadOf (ExceptT String m)
supThrowExceptT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowIdentityT #-}
supThrowIdentityT :: MonadThrow m => MonadOf (IdentityT m)
supThrowIdentityT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowListT #-}
supThrowListT :: MonadThrow m => MonadOf (ListT m)
supThrowListT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowMaybeT #-}
supThrowMaybeT :: MonadThrow m => MonadOf (MaybeT m)
supThrowMaybeT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowReaderT #-}
supThrowReaderT :: MonadThrow m => MonadOf (ReaderT Int m)
supThrowReaderT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowStateT #-}
supThrowStateT :: MonadThrow m => MonadOf (StateT Int m)
supThrowStateT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowStateTS #-}
supThrowStateTS :: MonadThrow m => MonadOf (SS.StateT Int m)
supThrowStateTS = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowWriterT #-}
supThrowWriterT :: MonadThrow m => MonadOf (WriterT [String] m)
supThrowWriterT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowWriterTS #-}
supThrowWriterTS :: MonadThrow m => MonadOf (WS.WriterT [String] m)
supThrowWriterTS = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowRWST #-}
supThrowRWST :: MonadThrow m => MonadOf (RWST Int [String] Int m)
supThrowRWST = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowRWSTS #-}
supThrowRWSTS :: MonadThrow m => MonadOf (RS.RWST Int [String] Int m)
supThrowRWSTS = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supThrowContT #-}
supThrowContT :: MonadThrow m => MonadOf (ContT Int m)
supThrowContT = go
  where
    go :: forall n. MonadThrow n => MonadOf n
    go = MonadOf

{-# NOINLINE supCatchErrorT #-}
supCatchErrorT :: MonadCatch m => ThrowOf (ErrorT String m)
supCatchErrorT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchExceptT #-}
supCatchExceptT :: MonadCatch m => ThrowOf (ExceptT String m)
supCatchExceptT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchIdentityT #-}
supCatchIdentityT :: MonadCatch m => ThrowOf (IdentityT m)
supCatchIdentityT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchListT #-}
supCatchListT :: MonadCatch m => ThrowOf (ListT m)
supCatchListT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchMaybeT #-}
supCatchMaybeT :: MonadCatch m => ThrowOf (MaybeT m)
supCatchMaybeT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchReaderT #-}
supCatchReaderT :: MonadCatch m => ThrowOf (ReaderT Int m)
supCatchReaderT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchStateT #-}
supCatchStateT :: MonadCatch m => ThrowOf (StateT Int m)
supCatchStateT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchStateTS #-}
supCatchStateTS :: MonadCatch m => ThrowOf (SS.StateT Int m)
supCatchStateTS = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchWriterT #-}
supCatchWriterT :: MonadCatch m => ThrowOf (WriterT [String] m)
supCatchWriterT = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchWriterTS #-}
supCatchWriterTS :: MonadCatch m => ThrowOf (WS.WriterT [String] m)
supCatchWriterTS = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchRWST #-}
supCatchRWST :: MonadCatch m => ThrowOf (RWST Int [String] Int m)
supCatchRWST = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supCatchRWSTS #-}
supCatchRWSTS :: MonadCatch m => ThrowOf (RS.RWST Int [String] Int m)
supCatchRWSTS = go
  where
    go :: forall n. MonadCatch n => ThrowOf n
    go = ThrowOf

{-# NOINLINE supMaskErrorT #-}
supMaskErrorT :: MonadMask m => CatchOf (ErrorT String m)
supMaskErrorT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskExceptT #-}
supMaskExceptT :: MonadMask m => CatchOf (ExceptT String m)
supMaskExceptT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskIdentityT #-}
supMaskIdentityT :: MonadMask m => CatchOf (IdentityT m)
supMaskIdentityT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskMaybeT #-}
supMaskMaybeT :: MonadMask m => CatchOf (MaybeT m)
supMaskMaybeT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskReaderT #-}
supMaskReaderT :: MonadMask m => CatchOf (ReaderT Int m)
supMaskReaderT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskStateT #-}
supMaskStateT :: MonadMask m => CatchOf (StateT Int m)
supMaskStateT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskStateTS #-}
supMaskStateTS :: MonadMask m => CatchOf (SS.StateT Int m)
supMaskStateTS = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskWriterT #-}
supMaskWriterT :: MonadMask m => CatchOf (WriterT [String] m)
supMaskWriterT = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskWriterTS #-}
supMaskWriterTS :: MonadMask m => CatchOf (WS.WriterT [String] m)
supMaskWriterTS = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskRWST #-}
supMaskRWST :: MonadMask m => CatchOf (RWST Int [String] Int m)
supMaskRWST = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

{-# NOINLINE supMaskRWSTS #-}
supMaskRWSTS :: MonadMask m => CatchOf (RS.RWST Int [String] Int m)
supMaskRWSTS = go
  where
    go :: forall n. MonadMask n => CatchOf n
    go = CatchOf

main :: IO ()
main = do
  report "MonadThrow ErrorT" (fmap (either length id) (runErrorT (countWith supThrowErrorT (lift tick))))
  report "MonadThrow ExceptT" (fmap (either length id) (runExceptT (countWith supThrowExceptT (lift tick))))
  report "MonadThrow IdentityT" (runIdentityT (countWith supThrowIdentityT (lift tick)))
  report "MonadThrow ListT" (fmap sum (runListT (countWith supThrowListT (lift tick))))
  report "MonadThrow MaybeT" (fmap (maybe 0 id) (runMaybeT (countWith supThrowMaybeT (lift tick))))
  report "MonadThrow ReaderT" (runReaderT (countWith supThrowReaderT (lift tick)) 1)
  report "MonadThrow StateT" (evalStateT (countWith supThrowStateT (lift tick)) 0)
  report "MonadThrow StateT'" (SS.evalStateT (countWith supThrowStateTS (lift tick)) 0)
  report "MonadThrow WriterT" (fmap fst (runWriterT (countWith supThrowWriterT (lift tick))))
  report "MonadThrow WriterT'" (fmap fst (WS.runWriterT (countWith supThrowWriterTS (lift tick))))
  report "MonadThrow RWST" (fmap (\(a, _, _) -> a) (runRWST (countWith supThrowRWST (lift tick)) 1 0))
  report "MonadThrow RWST'" (fmap (\(a, _, _) -> a) (RS.runRWST (countWith supThrowRWSTS (lift tick)) 1 0))
  report "MonadThrow ContT" (runContT (countWith supThrowContT (lift tick)) return)
  report "MonadCatch ErrorT" (fmap (either length id) (runErrorT (throwWith supCatchErrorT (lift tick))))
  report "MonadCatch ExceptT" (fmap (either length id) (runExceptT (throwWith supCatchExceptT (lift tick))))
  report "MonadCatch IdentityT" (runIdentityT (throwWith supCatchIdentityT (lift tick)))
  report "MonadCatch ListT" (fmap sum (runListT (throwWith supCatchListT (lift tick))))
  report "MonadCatch MaybeT" (fmap (maybe 0 id) (runMaybeT (throwWith supCatchMaybeT (lift tick))))
  report "MonadCatch ReaderT" (runReaderT (throwWith supCatchReaderT (lift tick)) 1)
  report "MonadCatch StateT" (evalStateT (throwWith supCatchStateT (lift tick)) 0)
  report "MonadCatch StateT'" (SS.evalStateT (throwWith supCatchStateTS (lift tick)) 0)
  report "MonadCatch WriterT" (fmap fst (runWriterT (throwWith supCatchWriterT (lift tick))))
  report "MonadCatch WriterT'" (fmap fst (WS.runWriterT (throwWith supCatchWriterTS (lift tick))))
  report "MonadCatch RWST" (fmap (\(a, _, _) -> a) (runRWST (throwWith supCatchRWST (lift tick)) 1 0))
  report "MonadCatch RWST'" (fmap (\(a, _, _) -> a) (RS.runRWST (throwWith supCatchRWSTS (lift tick)) 1 0))
  report "MonadMask ErrorT" (fmap (either length id) (runErrorT (catchWith supMaskErrorT (lift tick))))
  report "MonadMask ExceptT" (fmap (either length id) (runExceptT (catchWith supMaskExceptT (lift tick))))
  report "MonadMask IdentityT" (runIdentityT (catchWith supMaskIdentityT (lift tick)))
  report "MonadMask MaybeT" (fmap (maybe 0 id) (runMaybeT (catchWith supMaskMaybeT (lift tick))))
  report "MonadMask ReaderT" (runReaderT (catchWith supMaskReaderT (lift tick)) 1)
  report "MonadMask StateT" (evalStateT (catchWith supMaskStateT (lift tick)) 0)
  report "MonadMask StateT'" (SS.evalStateT (catchWith supMaskStateTS (lift tick)) 0)
  report "MonadMask WriterT" (fmap fst (runWriterT (catchWith supMaskWriterT (lift tick))))
  report "MonadMask WriterT'" (fmap fst (WS.runWriterT (catchWith supMaskWriterTS (lift tick))))
  report "MonadMask RWST" (fmap (\(a, _, _) -> a) (runRWST (catchWith supMaskRWST (lift tick)) 1 0))
  report "MonadMask RWST'" (fmap (\(a, _, _) -> a) (RS.runRWST (catchWith supMaskRWSTS (lift tick)) 1 0))
