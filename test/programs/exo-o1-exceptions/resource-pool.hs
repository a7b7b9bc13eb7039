{-# LANGUAGE RankNTypes, FlexibleContexts, GADTs, ScopedTypeVariables #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- A resource pool that opens and closes numbered handles with bracket,
-- fails on some, recovers and audits, written once against records of
-- exceptions' MonadThrow/MonadCatch/MonadMask methods. Each record is built
-- (NOINLINE, no specialisation, library unfoldings not inlined) at one
-- transformer over an unknown monad, so -O1 code names each transformer's
-- own instance methods, workers and superclass fields. Also CatchT (the
-- pure catcher) with mtl's classes, ST and STM throwing, Either's instances
-- and ExitCase's Show.
import Control.Monad.Catch
import Control.Monad.Catch.Pure
import Control.Exception (ArithException (..), ErrorCall (..), ArrayException (..))
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
import Control.Monad.Trans.Cont (ContT (..), evalContT)
import Control.Monad.ST
import Control.Concurrent.STM
import Data.IORef
import Data.STRef

data Ex m = Ex
  { throwX :: forall a. ArithException -> m a
  , catchX :: forall a. m a -> (ArithException -> m a) -> m a
  , maskX :: forall b. ((forall a. m a -> m a) -> m b) -> m b
  , umaskX :: forall b. ((forall a. m a -> m a) -> m b) -> m b
  , bracketX :: forall a b c. m a -> (a -> ExitCase b -> m c) -> (a -> m b) -> m (b, c) }

data ThrowOf m where ThrowOf :: MonadThrow m => ThrowOf m
data CatchOf m where CatchOf :: MonadCatch m => CatchOf m
data MonadOf m where MonadOf :: Monad m => MonadOf m

-- The methods as values (their wrappers) ...
{-# INLINE exOf #-}
exOf :: MonadMask m => Ex m
exOf = Ex throwM catch mask uninterruptibleMask generalBracket

-- ... applied (their workers) ...
{-# INLINE exApplied #-}
exApplied :: MonadMask m => Ex m
exApplied = Ex (\e -> throwM e) (\m h -> catch m h) (\f -> mask f) (\f -> uninterruptibleMask f) (\a r u -> generalBracket a r u)

-- ... and their superclass ladders.
{-# INLINE throwFromCatch #-}
throwFromCatch :: MonadCatch m => ThrowOf m
throwFromCatch = ThrowOf

{-# INLINE catchFromMask #-}
catchFromMask :: MonadMask m => CatchOf m
catchFromMask = CatchOf

{-# INLINE monadFromThrow #-}
monadFromThrow :: MonadThrow m => MonadOf m
monadFromThrow = MonadOf

data Kit m = Kit (Ex m) (Ex m) (ThrowOf m) (CatchOf m) (MonadOf m)

{-# INLINE kit #-}
kit :: MonadMask m => Kit m
kit = Kit exOf exApplied throwFromCatch catchFromMask monadFromThrow

{-# NOINLINE kMaybeT #-}
kMaybeT :: MonadMask m => Kit (MaybeT m)
kMaybeT = kit

{-# NOINLINE kIdentityT #-}
kIdentityT :: MonadMask m => Kit (IdentityT m)
kIdentityT = kit

{-# NOINLINE kExceptT #-}
kExceptT :: MonadMask m => Kit (ExceptT String m)
kExceptT = kit

{-# NOINLINE kErrorT #-}
kErrorT :: MonadMask m => Kit (ErrorT String m)
kErrorT = kit

{-# NOINLINE kReaderT #-}
kReaderT :: MonadMask m => Kit (ReaderT Int m)
kReaderT = kit

{-# NOINLINE kStateL #-}
kStateL :: MonadMask m => Kit (StateT Int m)
kStateL = kit

{-# NOINLINE kStateS #-}
kStateS :: MonadMask m => Kit (SS.StateT Int m)
kStateS = kit

{-# NOINLINE kWriterL #-}
kWriterL :: MonadMask m => Kit (WriterT [String] m)
kWriterL = kit

{-# NOINLINE kWriterS #-}
kWriterS :: MonadMask m => Kit (WS.WriterT [String] m)
kWriterS = kit

{-# NOINLINE kRWSL #-}
kRWSL :: MonadMask m => Kit (RWST Int [String] Int m)
kRWSL = kit

{-# NOINLINE kRWSS #-}
kRWSS :: MonadMask m => Kit (RS.RWST Int [String] Int m)
kRWSS = kit

-- ListT and ContT throw (and ListT catches) only.
{-# NOINLINE listCatch #-}
listCatch :: MonadCatch m => (ArithException -> ListT m String, ListT m String -> (ArithException -> ListT m String) -> ListT m String, ThrowOf (ListT m))
listCatch = (throwM, catch, throwFromCatch)

{-# NOINLINE contThrow #-}
contThrow :: MonadThrow m => ArithException -> ContT r m Int
contThrow e = throwM e

-- The pool: open handles 1..n; a handle divisible by 3 fails with Overflow,
-- handled by closing and noting it; the bracket reports how each use ended.
{-# NOINLINE pool #-}
pool :: Kit m -> (String -> m ()) -> Int -> m [String]
pool (Kit ex ey ThrowOf CatchOf MonadOf) note n = go 1
  where
    go i | i > n = return []
         | otherwise = do
             let e = if odd i then ex else ey
             (r, c) <- bracketX e (note ("open " ++ show i) >> return i)
                          (\h ec -> note ("close " ++ show h ++ " " ++ exitName ec) >> return (length (exitName ec)))
                          (\h -> if h `mod` 3 == 0 then throwX e Overflow else return (h * h))
                        `catchX'` (\err -> note ("recovered " ++ show err) >> return (-1, 0))
             m <- maskX e (\restore -> restore (return (r + c)))
             u <- umaskX e (\_ -> throwM DivideByZero) `catch` (\err -> return (show (err :: ArithException)))
             rest <- go (i + 1)
             return ((show m ++ "/" ++ u) : rest)
      where catchX' a h = catchX ex a h

exitName :: ExitCase a -> String
exitName (ExitCaseSuccess _) = "ok"
exitName (ExitCaseException e) = "exc:" ++ show e
exitName ExitCaseAbort = "abort"

-- The base monad: IO with a log.
type Log = IORef [String]

main :: IO ()
main = do
  logRef <- newIORef []
  let note :: MonadIO m => String -> m ()
      note s = liftIO (modifyIORef logRef (s :))
      flush tag = do { l <- readIORef logRef; writeIORef logRef []; putStrLn (tag ++ ": " ++ unwords (reverse l)) }
  r1 <- runMaybeT (pool kMaybeT note 4); print r1; flush "MaybeT"
  r2 <- runIdentityT (pool kIdentityT note 3); print r2; flush "IdentityT"
  r3 <- runExceptT (pool kExceptT note 3); print r3; flush "ExceptT"
  r4 <- runErrorT (pool kErrorT note 3); print r4; flush "ErrorT"
  r5 <- runReaderT (pool kReaderT note 3) 0; print r5; flush "ReaderT"
  r6 <- runStateT (pool kStateL (\s -> modify (+ length s) >> note s) 3) 0; print r6; flush "StateT"
  r7 <- SS.runStateT (pool kStateS (\s -> SS.modify' (+ 1) >> note s) 3) 0; print r7; flush "StateT'"
  r8 <- runWriterT (pool kWriterL (\s -> tell [take 4 s]) 3); print r8
  r9 <- WS.runWriterT (pool kWriterS (\s -> WS.tell [drop 4 s]) 3); print r9
  r10 <- runRWST (pool kRWSL (\s -> ask >>= \k -> tell [show k ++ s]) 3) 7 0; print r10
  r11 <- RS.runRWST (pool kRWSS (\s -> RS.modify (+ 1) >> note s) 3) 7 0; print r11; flush "RWST'"
  let (lt, lc, ThrowOf) = listCatch
  r12 <- runListT (lc (lt Underflow) (\e -> return (show e)) :: ListT IO String)
  r13 <- runListT (lc (return "fine") (\e -> return (show e)) :: ListT IO String)
  r14 <- try (evalContT (contThrow LossOfPrecision)) :: IO (Either ArithException Int)
  print (r12, r13, r14)
  -- exceptions in Either, ST and STM
  print (throwM Denormal :: Either SomeException Int) `catch` (\(e :: SomeException) -> putStrLn "none")
  print (either show show (catch (throwM Overflow) (\e -> Right (show (e :: ArithException))) :: Either SomeException String))
  print (either show show (generalBracket (Right 1) (\a ec -> Right (a, exitName ec)) (\a -> Right (a + 1)) :: Either SomeException (Int, (Int, String))))
  print (either show show (uninterruptibleMask (\restore -> restore (Right 'u')) :: Either SomeException Char), either show show (mask (\restore -> restore (Right 'm')) :: Either SomeException Char))
  r15 <- try (stToIO (newSTRef (0 :: Int) >>= \ref -> writeSTRef ref 1 >> throwM (IndexOutOfBounds "st")))
  print (r15 :: Either ArrayException ())
  r16 <- atomically ((throwM (ErrorCall "stm") >> return "no") `catch` (\(ErrorCall m) -> return ("caught " ++ m)))
  print r16
  -- the pure catcher with mtl's classes over it
  print (runCatch (catch (throwM Overflow) (\e -> return (show (e :: ArithException)))), either show id (runCatch (return "ok")))
  print (runState (runCatchT (do { modify (+ 1); s <- get; put (s * 10); state (\x -> (x, x + 1)) })) 4)
  print (runReader (runCatchT (do { a <- ask; b <- reader (* 2); local (+ 1) (asks (+ (a + b))) })) 3)
  print (runWriter (runCatchT (do { tell "ab"; (_, w) <- listen (tell "cd"); writer ((), reverse w); censor (map succ) (tell "x") })))
  print (runRWS (runCatchT (do { r <- ask; modify (+ r); tell [r]; get })) 5 6)
  putStrLn =<< (fmap (either show show) (runCatchT (generalBracket (return 1) (\_ ec -> return (exitName ec)) (\a -> throwM (ErrorCall ("use " ++ show (a :: Int))) :: CatchT IO (Int, String)))))
  c1 <- runCatchT (liftIO (return 'i') >>= \c -> lift (return [c, c]))
  print (either show id c1, show ExitCaseAbort', map (\e -> show (e :: ExitCase Int)) [ExitCaseSuccess 3, ExitCaseException (toException Overflow), ExitCaseAbort])
  where
    _ = ()

data Abort = ExitCaseAbort' deriving Show
