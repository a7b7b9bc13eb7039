{-# LANGUAGE RankNTypes #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- A tiny token-consuming machine written once against records of class
-- methods (Functor, Applicative, Alternative, Monad, MonadPlus, MonadFail,
-- MonadFix, MonadIO), each record built (NOINLINE, no specialisation, no
-- inlining of library unfoldings) at one transformer over an unknown inner
-- monad: -O1 code then calls every transformer's own instance methods.
-- The machine pops numbers from a state list, sums runs, and backtracks.
import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.IO.Class
import Control.Monad.Trans.Class
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))
import Control.Monad.Trans.Reader
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import qualified Control.Monad.Trans.Writer.CPS as WC
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.RWS.CPS as RC
import Control.Monad.Trans.Accum
import Control.Monad.Trans.Select
import Control.Monad.Trans.Cont
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Reverse
import Data.Functor.Identity
import Data.IORef

data Fun f = Fun
  { fmap' :: forall a b. (a -> b) -> f a -> f b
  , cnst :: forall a b. a -> f b -> f a }

data App f = App
  { pur :: forall a. a -> f a
  , ap' :: forall a b. f (a -> b) -> f a -> f b
  , lA2 :: forall a b c. (a -> b -> c) -> f a -> f b -> f c
  , thn :: forall a b. f a -> f b -> f b
  , bfr :: forall a b. f a -> f b -> f a }

data Alt f = Alt
  { emp :: forall a. f a
  , orr :: forall a. f a -> f a -> f a
  , sm :: forall a. f a -> f [a]
  , mny :: forall a. f a -> f [a] }

data Mon f = Mon
  { bnd :: forall a b. f a -> (a -> f b) -> f b
  , sq :: forall a b. f a -> f b -> f b
  , ret :: forall a. a -> f a }

data Extra f = Extra
  { mz :: forall a. f a
  , mp :: forall a. f a -> f a -> f a
  , fl :: forall a. String -> f a }

{-# INLINE funOf #-}
funOf :: Functor f => Fun f
funOf = Fun fmap (<$)

{-# INLINE appOf #-}
appOf :: Applicative f => App f
appOf = App pure (<*>) liftA2 (*>) (<*)

{-# INLINE altOf #-}
altOf :: Alternative f => Alt f
altOf = Alt empty (<|>) some many

{-# INLINE monOf #-}
monOf :: Monad f => Mon f
monOf = Mon (>>=) (>>) return

{-# INLINE extraOf #-}
extraOf :: (MonadPlus f, MonadFail f) => Extra f
extraOf = Extra mzero mplus fail

-- The functor reached through the Monad dictionary's superclasses.
{-# INLINE funViaMonad #-}
funViaMonad :: Monad f => Fun f
funViaMonad = Fun (\g x -> x >>= return . g) (\a x -> fmap (const a) x)

data Kit f = Kit (Fun f) (App f) (Alt f) (Mon f) (Extra f) (Fun f)

-- Each kit is built at one transformer over an unknown monad.
{-# NOINLINE kitMaybeT #-}
kitMaybeT :: Monad m => Kit (MaybeT m)
kitMaybeT = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitExceptT #-}
kitExceptT :: MonadFail m => Kit (ExceptT String m)
kitExceptT = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitErrorT #-}
kitErrorT :: Monad m => Kit (ErrorT String m)
kitErrorT = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitListT #-}
kitListT :: Monad m => Kit (ListT m)
kitListT = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitIdentityT #-}
kitIdentityT :: (MonadPlus m, MonadFail m) => Kit (IdentityT m)
kitIdentityT = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitReaderT #-}
kitReaderT :: (MonadPlus m, MonadFail m) => Kit (ReaderT Int m)
kitReaderT = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitStateL #-}
kitStateL :: (MonadPlus m, MonadFail m) => Kit (SL.StateT Char m)
kitStateL = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitStateS #-}
kitStateS :: (MonadPlus m, MonadFail m) => Kit (SS.StateT Char m)
kitStateS = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitWriterL #-}
kitWriterL :: (MonadPlus m, MonadFail m) => Kit (WL.WriterT [Int] m)
kitWriterL = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitWriterS #-}
kitWriterS :: (MonadPlus m, MonadFail m) => Kit (WS.WriterT [Int] m)
kitWriterS = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitWriterC #-}
kitWriterC :: (MonadPlus m, MonadFail m) => Kit (WC.WriterT [Int] m)
kitWriterC = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitRWSL #-}
kitRWSL :: (MonadPlus m, MonadFail m) => Kit (RL.RWST Int [Int] Char m)
kitRWSL = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitRWSS #-}
kitRWSS :: (MonadPlus m, MonadFail m) => Kit (RS.RWST Int [Int] Char m)
kitRWSS = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitRWSC #-}
kitRWSC :: (MonadPlus m, MonadFail m) => Kit (RC.RWST Int [Int] Char m)
kitRWSC = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitAccum #-}
kitAccum :: (MonadPlus m, MonadFail m) => Kit (AccumT [Int] m)
kitAccum = Kit funOf appOf altOf monOf extraOf funViaMonad

{-# NOINLINE kitSelect #-}
kitSelect :: (MonadPlus m, MonadFail m) => Kit (SelectT Int m)
kitSelect = Kit funOf appOf altOf monOf extraOf funViaMonad

-- Applicative-only wrappers: Backwards, Lift and Reverse.
{-# NOINLINE backApp #-}
backApp :: Alternative f => (Fun (Backwards f), App (Backwards f), Alt (Backwards f))
backApp = (funOf, appOf, altOf)

{-# NOINLINE liftApp #-}
liftApp :: Alternative f => (Fun (Lift f), App (Lift f), Alt (Lift f))
liftApp = (funOf, appOf, altOf)

{-# NOINLINE revApp #-}
revApp :: Alternative f => (Fun (Reverse f), App (Reverse f), Alt (Reverse f))
revApp = (funOf, appOf, altOf)

-- The machine: `item` pops a number (failing at the end of input).
{-# NOINLINE machine #-}
machine :: Kit f -> f Int -> f (Int, [Int], Int, String)
machine = machineWith True

-- ListT's <|> runs both branches, so its some/many never stop: without them.
{-# NOINLINE machineWith #-}
machineWith :: Bool -> Kit f -> f Int -> f (Int, [Int], Int, String)
machineWith rep (Kit fu ap al mo ex fv) item =
  let sm' x = if rep then sm al x else fmap' fu (: []) x
      mny' x = if rep then mny al x else fmap' fu (: []) x
      pos = bnd mo item (\n -> if n > 0 then ret mo n else emp al)
      neg = bnd mo item (\n -> if n < 0 then ret mo (negate n) else mz ex)
      total = fmap' fu sum (sm' pos)
      zeros = fmap' fv length (mny' (bnd mo item (\n -> if n == 0 then ret mo n else fl ex "not zero")))
      rest = mny' (orr al pos (mp ex neg (cnst fu 0 item)))
      tag = cnst fv "tagged" (pur ap ())
   in lA2 ap (\(a, b) (c, d) -> (a, b, c, d))
        (ap' ap (fmap' fu (,) total) rest)
        (bfr ap (lA2 ap (,) (sq mo (pur ap ()) zeros) tag) (thn ap (pur ap ()) (ret mo ())))

input :: [Int]
input = [3, 4, 0, 0, -2, 7, 0, 5]

-- The inner monad: a parser over a list, with failure.
type P = SL.StateT [Int] []

popP :: P Int
popP = do { xs <- SL.get; case xs of { (x : r) -> SL.put r >> return x; [] -> empty } }

runP :: P a -> [(a, [Int])]
runP p = take 2 (SL.runStateT p input)

-- A state-list inner monad (over Maybe) for the transformers whose
-- failure is their own.
type Q = SL.StateT [Int] Maybe

popQ :: Q (Maybe Int)
popQ = SL.state (\xs -> case xs of { (x : r) -> (Just x, r); [] -> (Nothing, []) })

main :: IO ()
main = do
  print (SL.runStateT (runMaybeT (machine kitMaybeT (MaybeT popQ))) input)
  print (SL.runStateT (runExceptT (machine kitExceptT (ExceptT (maybe (Left "eof") Right <$> popQ)))) input)
  print (SL.runStateT (runErrorT (machine kitErrorT (ErrorT (maybe (Left "eof") Right <$> popQ)))) input)
  print (fmap (take 3 . fst) (SL.runStateT (runListT (machineWith False kitListT (ListT (maybe [] (: []) <$> popQ)))) input))
  print (runP (runIdentityT (machine kitIdentityT (IdentityT popP))))
  print (runP (runReaderT (machine kitReaderT (lift popP)) 9))
  print (runP (SL.runStateT (machine kitStateL (lift popP)) 'a'))
  print (runP (SS.runStateT (machine kitStateS (SS.StateT (\c -> fmap (\x -> (x, succ c)) popP))) 'a'))
  print (runP (WL.runWriterT (machine kitWriterL (WL.WriterT (fmap (\x -> (x, [x])) popP)))))
  print (runP (WS.runWriterT (machine kitWriterS (WS.WriterT (fmap (\x -> (x, [x * 2])) popP)))))
  print (runP (WC.runWriterT (machine kitWriterC (WC.writerT (fmap (\x -> (x, [x * 3])) popP)))))
  print (runP (RL.runRWST (machine kitRWSL (RL.RWST (\r s -> fmap (\x -> (x + r, s, [x])) popP))) 10 'z'))
  print (runP (RS.runRWST (machine kitRWSS (RS.RWST (\r s -> fmap (\x -> (x * r, succ s, [x])) popP))) 2 'k'))
  print (runP (RC.runRWST (machine kitRWSC (RC.rwsT (\r s -> fmap (\x -> (x - r, s, [r])) popP))) 1 'c'))
  print (runP (runAccumT (machine kitAccum (AccumT (\w -> fmap (\x -> (x, [length w])) popP))) [0]))
  print (runP (runSelectT (machine kitSelect (SelectT (\k -> popP >>= \x -> fmap (const x) (k x)))) (\(x, _, _, _) -> return (x * 2))))
  -- the applicative wrappers, over a list-valued parser
  let (bf, ba, bl) = backApp :: (Fun (Backwards P), App (Backwards P), Alt (Backwards P))
      (lf, la, ll) = liftApp :: (Fun (Lift P), App (Lift P), Alt (Lift P))
      (rf, ra, rl) = revApp :: (Fun (Reverse P), App (Reverse P), Alt (Reverse P))
  print (runP (forwards (lA2 ba (,) (fmap' bf (* 2) (Backwards popP)) (bfr ba (Backwards popP) (thn ba (pur ba 'x') (cnst bf 'y' (Backwards popP)))))))
  print (runP (forwards (orr bl (emp bl) (fmap' bf pos' (ap' ba (pur ba (+ 1)) (Backwards popP))))), runP (forwards (orr bl (Backwards popP) (pur ba 0))))
  -- (Backwards runs <*>'s effects right to left, so its some/many never stop)
  print (runP (unLift (lA2 la (+) (fmap' lf (* 10) (Other popP)) (thn la (Pure 1) (pur la 2)))), runP (unLift (orr ll (cnst lf 1 (Other popP)) (Pure 5))))
  -- (Lift's <|> looks at both constructors first, so its some/many never stop)
  print (runP (unLift (bfr la (ap' la (Pure negate) (Other popP)) (orr ll (emp ll) (Other popP)))), runP (unLift (orr ll (Pure 1) (Other popP))))
  print (runP (getReverse (lA2 ra (,) (fmap' rf show (Reverse popP)) (bfr ra (Reverse popP) (thn ra (pur ra ()) (cnst rf () (Reverse popP)))))))
  print (runP (getReverse (orr rl (emp rl) (ap' ra (pur ra pos') (Reverse popP)))), runP (getReverse (mny rl (Reverse popP))))
  -- IO-based: liftIO through each transformer, and mfix
  ref <- newIORef (0 :: Int)
  let bump :: MonadIO m => m Int
      bump = liftIO (modifyIORef ref (+ 1) >> readIORef ref)
  a <- runIdentityT bump
  b <- runMaybeT bump
  c <- runExceptT bump :: IO (Either () Int)
  d <- runReaderT bump ()
  e <- SS.evalStateT bump ()
  f <- WL.runWriterT bump :: IO (Int, [()])
  g <- RC.runRWST bump () () :: IO (Int, (), [()])
  h <- evalContT bump
  i <- runListT bump
  j <- runAccumT bump [()]
  k <- runSelectT bump (\_ -> return ())
  l <- WC.runWriterT bump :: IO (Int, [()])
  print (a, b, c, d, e, f, g, h, i, j, k, l)
  print (take 5 (runIdentity (runIdentityT (mfix (\xs -> return (1 : map (* 2) xs))))), fmap (take 4) (runIdentity (runMaybeT (mfix (\xs -> return (0 : map (+ 3) xs))))))
  print (fmap (take 3) (runIdentity (runExceptT (mfix (\xs -> return ('a' : xs))) :: Identity (Either () String))), take 3 (fst (runIdentity (SL.runStateT (mfix (\xs -> return (1 : xs))) ()))) :: [Int])
  where
    pos' n = if n > (0 :: Int) then n else 0
