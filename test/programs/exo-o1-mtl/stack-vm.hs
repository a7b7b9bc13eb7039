{-# LANGUAGE RankNTypes, FlexibleContexts, ConstraintKinds #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- A small imperative VM (a counter register, a log, an environment, errors
-- and early exits) interpreted once against records of mtl's class methods
-- (MonadState, MonadReader, MonadWriter, MonadError, MonadCont). Each record
-- is built (NOINLINE, no specialisation, library unfoldings not inlined) at
-- one transformer over an unknown monad, so -O1 code names every lifting
-- instance's own methods and workers; the base monad under each
-- transformer provides all five classes.
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

data St m = St { getI :: m Int, putI :: Int -> m (), stateI :: forall a. (Int -> (a, Int)) -> m a }
data Rd m = Rd { askI :: m Int, localI :: forall a. (Int -> Int) -> m a -> m a, readerI :: forall a. (Int -> a) -> m a }
data Wr m = Wr
  { tellI :: [String] -> m (), writerI :: forall a. (a, [String]) -> m a
  , listenI :: forall a. m a -> m (a, [String]), passI :: forall a. m (a, [String] -> [String]) -> m a }
data Er m = Er { throwI :: forall a. String -> m a, catchI :: forall a. m a -> (String -> m a) -> m a }
newtype Ct m = Ct { callCCI :: forall a b. ((a -> m b) -> m a) -> m a }

data Ops m = Ops (St m) (Rd m) (Wr m) (Er m) (Ct m)

-- The methods as values (the instances' method wrappers) ...
{-# INLINE opsOf #-}
opsOf :: (MonadState Int m, MonadReader Int m, MonadWriter [String] m, MonadError String m, MonadCont m) => Ops m
opsOf = Ops (St get put state) (Rd ask local reader) (Wr tell writer listen pass) (Er throwError catchError) (Ct callCC)

-- ... and applied (their workers).
{-# INLINE opsApplied #-}
opsApplied :: (MonadState Int m, MonadReader Int m, MonadWriter [String] m, MonadError String m, MonadCont m) => Ops m
opsApplied =
  Ops (St (get >>= return) (\s -> put s) (\f -> state f))
      (Rd (ask >>= return) (\f m -> local f m) (\f -> reader f))
      (Wr (\w -> tell w) (\aw -> writer aw) (\m -> listen m) (\m -> pass m))
      (Er (\e -> throwError e) (\m h -> catchError m h))
      (Ct (\f -> callCC f))

type Cls m = (MonadState Int m, MonadReader Int m, MonadWriter [String] m, MonadError String m, MonadCont m)

{-# NOINLINE opsMaybeT #-}
opsMaybeT :: Cls m => Bool -> Ops (MaybeT m)
opsMaybeT b = if b then opsOf else opsApplied

{-# NOINLINE opsIdentityT #-}
opsIdentityT :: Cls m => Bool -> Ops (IdentityT m)
opsIdentityT b = if b then opsOf else opsApplied

{-# NOINLINE opsListT #-}
opsListT :: Cls m => Bool -> Ops (ListT m)
opsListT b =
  if b then Ops (St get put state) (Rd ask local reader) (liftedWriter (lift . tell)) (Er throwError catchError) (Ct callCC)
  else Ops (St (get >>= return) (\s -> put s) (\f -> state f)) (Rd (ask >>= return) (\f m -> local f m) (\f -> reader f)) (liftedWriter (\w -> lift (tell w))) (Er (\e -> throwError e) (\m h -> catchError m h)) (Ct (\f -> callCC f))

-- ListT has no MonadWriter: tell lifted, listen and pass only pass values.
{-# INLINE liftedWriter #-}
liftedWriter :: Monad m => ([String] -> m ()) -> Wr m
liftedWriter t = Wr t (\(a, w) -> t w >> return a) (fmap (\a -> (a, []))) (fmap fst)

{-# NOINLINE opsExceptT #-}
opsExceptT :: Cls m => Bool -> Ops (ExceptT String m)
opsExceptT b = if b then opsOf else opsApplied

{-# NOINLINE opsErrorT #-}
opsErrorT :: Cls m => Bool -> Ops (ErrorT String m)
opsErrorT b = if b then opsOf else opsApplied

{-# NOINLINE opsReaderT #-}
opsReaderT :: Cls m => Bool -> Ops (ReaderT Int m)
opsReaderT b = if b then opsOf else opsApplied

{-# NOINLINE opsStateL #-}
opsStateL :: Cls m => Bool -> Ops (StateT Int m)
opsStateL b = if b then opsOf else opsApplied

{-# NOINLINE opsStateS #-}
opsStateS :: Cls m => Bool -> Ops (SS.StateT Int m)
opsStateS b = if b then opsOf else opsApplied

{-# NOINLINE opsWriterL #-}
opsWriterL :: Cls m => Bool -> Ops (WriterT [String] m)
opsWriterL b = if b then opsOf else opsApplied

{-# NOINLINE opsWriterS #-}
opsWriterS :: Cls m => Bool -> Ops (WS.WriterT [String] m)
opsWriterS b = if b then opsOf else opsApplied

{-# NOINLINE opsRWSL #-}
opsRWSL :: Cls m => Bool -> Ops (RWST Int [String] Int m)
opsRWSL b = if b then opsOf else opsApplied

{-# NOINLINE opsRWSS #-}
opsRWSS :: Cls m => Bool -> Ops (RS.RWST Int [String] Int m)
opsRWSS b = if b then opsOf else opsApplied

-- ContT has no MonadError: its errors are the base monad's, lifted, and
-- caught nowhere.
{-# NOINLINE opsContT #-}
opsContT :: (MonadState Int m, MonadReader Int m, MonadError String m) => Bool -> Ops (ContT Int m)
opsContT b =
  if b then Ops (St get put state) (Rd ask local reader) noWriter (Er (lift . throwError) const) (Ct callCC)
  else Ops (St (get >>= return) (\s -> put s) (\f -> state f)) (Rd (ask >>= return) (\f m -> local f m) (\f -> reader f)) noWriter (Er (\e -> lift (throwError e)) (\m _ -> m)) (Ct (\f -> callCC f))
  where noWriter = liftedWriter (\_ -> return ())

data Instr = Add Int | Mul Int | Log String | AskAdd | Local Int [Instr] | Listen [Instr] | Censor [Instr]
           | Fail String | Try [Instr] [Instr] | Exit [Instr] | Guard Int
  deriving Show

-- The interpreter: the register is the state, the log the writer.
{-# NOINLINE exec #-}
exec :: Monad m => Ops m -> [Instr] -> m Int
exec ops@(Ops st rd wr er ct) = go
  where
    go [] = getI st
    go (i : is) = step i >> go is
    step (Add n) = stateI st (\r -> ((), r + n))
    step (Mul n) = getI st >>= \r -> putI st (r * n)
    step (Log s) = getI st >>= \r -> tellI wr [s ++ "@" ++ show r]
    step AskAdd = askI rd >>= \e -> readerI rd (* 2) >>= \d -> stateI st (\r -> ((), r + e + d))
    step (Local n is) = localI rd (+ n) (exec ops is) >> return ()
    step (Listen is) = listenI wr (exec ops is) >>= \(_, w) -> writerI wr ((), ["heard " ++ show (length w)])
    step (Censor is) = passI wr (exec ops is >>= \r -> return (r, map (map succ))) >> return ()
    step (Fail e) = throwI er e
    step (Try a h) = catchI er (exec ops a >> return ()) (\e -> tellI wr ["caught " ++ e] >> exec ops h >> return ())
    step (Exit is) = callCCI ct (\k -> exec ops is >>= \r -> if r > 50 then k () else return ()) >> return ()
    step (Guard n) = getI st >>= \r -> if r > n then throwI er ("guard " ++ show n) else return ()

-- MonadRWS passed whole (the lifting instances' dictionaries).
{-# NOINLINE rwsStep #-}
rwsStep :: MonadRWS Int [String] Int m => m Int
rwsStep = do { e <- ask; modify (+ e); s <- get; tell ["rws " ++ show s]; return s }

program :: [Instr]
program =
  [ Add 3, Log "start", AskAdd, Local 10 [AskAdd, Log "local"], Listen [Log "a", Log "b"]
  , Censor [Log "censored"], Try [Add 1, Fail "boom", Add 100] [Log "handler"]
  , Exit [Mul 4, Log "before exit"], Exit [Add 1], Log "end" ]

program2 :: [Instr]
program2 = [Add 1, Guard 0, Log "unreached"]

-- The base monad: all five classes.
type Base = RWST Int [String] Int (ExceptT String (Cont (Either String (Int, Int, [String]))))

runBase :: Base Int -> Int -> Either String (Int, Int, [String])
runBase m e = runCont (runExceptT (runRWST m e 0)) (either Left Right)

-- One line per run: the base's result.
report :: String -> Base Int -> IO ()
report name m = putStrLn (name ++ ": " ++ show (runBase m 5))

main :: IO ()
main = do
  forM_ [True, False] $ \b -> do
    let p = if b then program else program2
    report "MaybeT" (fmap (maybe (-1) id) (runMaybeT (exec (opsMaybeT b) p)))
    report "IdentityT" (runIdentityT (exec (opsIdentityT b) p))
    report "ListT" (fmap sum (runListT (exec (opsListT b) p)))
    report "ExceptT" (fmap (either length id) (runExceptT (exec (opsExceptT b) p)))
    report "ErrorT" (fmap (either length id) (runErrorT (exec (opsErrorT b) p)))
    report "ReaderT" (runReaderT (exec (opsReaderT b) p) 7)
    report "StateT" (fmap (uncurry (+)) (runStateT (exec (opsStateL b) p) 1))
    report "StateT'" (fmap (uncurry (-)) (SS.runStateT (exec (opsStateS b) p) 2))
    report "WriterT" (runWriterT (exec (opsWriterL b) p) >>= \(r, w) -> tell (map reverse w) >> return r)
    report "WriterT'" (WS.runWriterT (exec (opsWriterS b) p) >>= \(r, w) -> tell ("strict" : w) >> return r)
    report "RWST" (runRWST (exec (opsRWSL b) p) 3 4 >>= \(r, s, w) -> tell w >> return (r * 100 + s))
    report "RWST'" (RS.runRWST (exec (opsRWSS b) p) 2 9 >>= \(r, s, w) -> tell (take 2 w) >> return (r - s))
    report "ContT" (runContT (exec (opsContT b) (filter noWriter p)) return)
  report "rws MaybeT" (fmap (maybe 0 id) (runMaybeT rwsStep))
  report "rws IdentityT" (runIdentityT rwsStep)
  report "rws ExceptT" (fmap (either (const 0) id) (runExceptT (rwsStep :: ExceptT () Base Int)))
  report "rws ErrorT" (fmap (either length id) (runErrorT (rwsStep :: ErrorT String Base Int)))
  report "rws RWST" (fmap (\(a, _, _) -> a) (runRWST rwsStep 1 2))
  where
    noWriter i = case i of { Listen _ -> False; Censor _ -> False; Try _ _ -> False; _ -> True }
