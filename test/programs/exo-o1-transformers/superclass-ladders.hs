{-# LANGUAGE RankNTypes, FlexibleContexts, GADTs, ConstraintKinds #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- The superclass ladders of base's classes at each transformer: helpers
-- hold one class's dictionary (MonadFail, MonadFix, MonadIO, MonadPlus,
-- Alternative, Monad, MonadZip) and hand out its superclass (Monad,
-- Applicative, Functor, Alternative), built at each transformer over an
-- unknown monad, so -O1 code names the instances' superclass fields; lift
-- and liftIO taken as values; ReaderT's and StateT's Contravariant; a
-- countdown run through each rung to show the dictionaries work.
import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.IO.Class
import Control.Monad.Zip
import Control.Monad.Trans.Class
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Error (ErrorT (..))
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
import Data.Functor.Contravariant
import Data.IORef

data MonadOf m where MonadOf :: Monad m => MonadOf m
data AppOf m where AppOf :: Applicative m => AppOf m
data FunOf m where FunOf :: Functor m => FunOf m
data AltOf m where AltOf :: Alternative m => AltOf m

{-# INLINE fromFail #-}
fromFail :: MonadFail m => MonadOf m
fromFail = MonadOf
{-# INLINE fromFix #-}
fromFix :: MonadFix m => MonadOf m
fromFix = MonadOf
{-# INLINE fromIO #-}
fromIO :: MonadIO m => MonadOf m
fromIO = MonadOf
{-# INLINE fromPlusM #-}
fromPlusM :: MonadPlus m => MonadOf m
fromPlusM = MonadOf
{-# INLINE fromPlusA #-}
fromPlusA :: MonadPlus m => AltOf m
fromPlusA = AltOf
{-# INLINE fromAlt #-}
fromAlt :: Alternative m => AppOf m
fromAlt = AppOf
{-# INLINE fromMonad #-}
fromMonad :: Monad m => AppOf m
fromMonad = AppOf
{-# INLINE fromApp #-}
fromApp :: Applicative m => FunOf m
fromApp = FunOf

data Ladder m = Ladder [MonadOf m] [AppOf m] (FunOf m) (Maybe (AltOf m)) (forall a. IO a -> m a)

type Full m = (MonadPlus m, MonadFail m, MonadFix m, MonadIO m)

{-# INLINE ladder #-}
ladder :: Full m => Ladder m
ladder = Ladder [fromFail, fromFix, fromIO, fromPlusM] [fromAlt, fromMonad] fromApp (Just fromPlusA) liftIO

{-# INLINE ladderNoAlt #-}
ladderNoAlt :: (MonadFail m, MonadFix m, MonadIO m) => Ladder m
ladderNoAlt = Ladder [fromFail, fromFix, fromIO] [fromMonad] fromApp Nothing liftIO

-- Each transformer over an unknown monad; lift taken as a value too.
{-# NOINLINE lIdentityT #-}
lIdentityT :: Full m => (Ladder (IdentityT m), m Int -> IdentityT m Int)
lIdentityT = (ladder, lift)
{-# NOINLINE lMaybeT #-}
lMaybeT :: Full m => (Ladder (MaybeT m), m Int -> MaybeT m Int)
lMaybeT = (ladder, lift)
{-# NOINLINE lExceptT #-}
lExceptT :: Full m => (Ladder (ExceptT String m), m Int -> ExceptT String m Int)
lExceptT = (ladder, lift)
{-# NOINLINE lErrorT #-}
lErrorT :: Full m => (Ladder (ErrorT String m), m Int -> ErrorT String m Int)
lErrorT = (ladder, lift)
{-# NOINLINE lReaderT #-}
lReaderT :: Full m => (Ladder (ReaderT Int m), m Int -> ReaderT Int m Int)
lReaderT = (ladder, lift)
{-# NOINLINE lStateL #-}
lStateL :: Full m => (Ladder (SL.StateT Int m), m Int -> SL.StateT Int m Int)
lStateL = (ladder, lift)
{-# NOINLINE lStateS #-}
lStateS :: Full m => (Ladder (SS.StateT Int m), m Int -> SS.StateT Int m Int)
lStateS = (ladder, lift)
{-# NOINLINE lWriterL #-}
lWriterL :: Full m => (Ladder (WL.WriterT [Int] m), m Int -> WL.WriterT [Int] m Int)
lWriterL = (ladder, lift)
{-# NOINLINE lWriterS #-}
lWriterS :: Full m => (Ladder (WS.WriterT [Int] m), m Int -> WS.WriterT [Int] m Int)
lWriterS = (ladder, lift)
{-# NOINLINE lWriterC #-}
lWriterC :: Full m => (Ladder (WC.WriterT [Int] m), m Int -> WC.WriterT [Int] m Int)
lWriterC = (ladder, lift)
{-# NOINLINE lRWSL #-}
lRWSL :: Full m => (Ladder (RL.RWST () [Int] Int m), m Int -> RL.RWST () [Int] Int m Int)
lRWSL = (ladder, lift)
{-# NOINLINE lRWSS #-}
lRWSS :: Full m => (Ladder (RS.RWST () [Int] Int m), m Int -> RS.RWST () [Int] Int m Int)
lRWSS = (ladder, lift)
{-# NOINLINE lRWSC #-}
lRWSC :: Full m => (Ladder (RC.RWST () [Int] Int m), m Int -> RC.RWST () [Int] Int m Int)
lRWSC = (ladder, lift)
{-# NOINLINE lAccum #-}
lAccum :: Full m => (Ladder (AccumT [Int] m), m Int -> AccumT [Int] m Int)
lAccum = (ladder, lift)
{-# NOINLINE lSelect #-}
lSelect :: Full m => (Ladder (SelectT Int m), m Int -> SelectT Int m Int)
lSelect = (Ladder [fromFail, fromIO, fromPlusM] [fromAlt, fromMonad] fromApp (Just fromPlusA) liftIO, lift)
{-# NOINLINE lContT #-}
lContT :: Full m => (Ladder (ContT Int m), m Int -> ContT Int m Int)
lContT = (Ladder [fromFail, fromIO] [fromMonad] fromApp Nothing liftIO, lift)

-- A countdown through every rung: each dictionary does some of the work.
{-# NOINLINE countdown #-}
countdown :: Ladder m -> IORef [String] -> m Int
countdown (Ladder ms as fun alt io) ref = go ms as
  where
    note s = io (modifyIORef ref (s :))
    go (MonadOf : rest) aps = note "monad" >>= \_ -> go rest aps >>= \n -> return (n + 1)
    go [] [AppOf] = fmapF (+ 10) (finish (pure 1))
    go [] (AppOf : rest) = (+ 10) <$> (pure 1 <* go [] rest)
    go [] [] = io (return 0)
    fmapF f x = case fun of FunOf -> fmap f x
    finish x = case alt of
      Just AltOf -> (+ 100) <$> (empty <|> x)
      Nothing -> x

main :: IO ()
main = do
  ref <- newIORef []
  let out :: Show a => String -> IO a -> IO ()
      out name act = do { r <- act; l <- readIORef ref; writeIORef ref []; putStrLn (name ++ ": " ++ show r ++ " " ++ unwords l) }
      base :: IO Int
      base = return 7
  out "IdentityT" (let (l, lf) = lIdentityT in runIdentityT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "MaybeT" (let (l, lf) = lMaybeT in runMaybeT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "ExceptT" (let (l, lf) = lExceptT in runExceptT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "ErrorT" (let (l, lf) = lErrorT in runErrorT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "ReaderT" (let (l, lf) = lReaderT in runReaderT (countdown l ref >>= \n -> (+ n) <$> lf base) 0)
  out "StateT" (let (l, lf) = lStateL in SL.runStateT (countdown l ref >>= \n -> (+ n) <$> lf base) 0)
  out "StateT'" (let (l, lf) = lStateS in SS.runStateT (countdown l ref >>= \n -> (+ n) <$> lf base) 0)
  out "WriterT" (let (l, lf) = lWriterL in WL.runWriterT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "WriterT'" (let (l, lf) = lWriterS in WS.runWriterT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "WriterT CPS" (let (l, lf) = lWriterC in WC.runWriterT (countdown l ref >>= \n -> (+ n) <$> lf base))
  out "RWST" (let (l, lf) = lRWSL in RL.runRWST (countdown l ref >>= \n -> (+ n) <$> lf base) () 0)
  out "RWST'" (let (l, lf) = lRWSS in RS.runRWST (countdown l ref >>= \n -> (+ n) <$> lf base) () 0)
  out "RWST CPS" (let (l, lf) = lRWSC in RC.runRWST (countdown l ref >>= \n -> (+ n) <$> lf base) () 0)
  out "AccumT" (let (l, lf) = lAccum in runAccumT (countdown l ref >>= \n -> (+ n) <$> lf base) [])
  out "SelectT" (let (l, lf) = lSelect in runSelectT (countdown l ref >>= \n -> (+ n) <$> lf base) (\x -> return (x * 2)))
  out "ContT" (let (l, lf) = lContT in evalContT (countdown l ref >>= \n -> (+ n) <$> lf base))
  -- ReaderT and StateT as contravariant functors over a predicate
  let rp = contramap length (ReaderT (\r -> Predicate (> r))) :: ReaderT Int Predicate String
      sp = contramap fst (SL.StateT (\s -> Predicate (\(x, t) -> x + s > t))) :: SL.StateT Int Predicate (Int, Char)
      sp' = contramap snd (SS.StateT (\s -> Predicate (\(x, t) -> x * s > t))) :: SS.StateT Int Predicate (Char, Int)
  print (getPredicate (runReaderT rp 2) "abc", getPredicate (runReaderT ("xyz" >$ rp) 2) (), getPredicate (SL.runStateT sp 1) ((3, 'c'), 3), getPredicate (SS.runStateT sp' 2) (('c', 5), 9))
  -- ReaderT zipped, AccumT looked at, SelectT as a continuation
  print (runReaderT (mzip (reader (+ 1)) (reader show)) 4 :: [(Int, String)], runReaderT (mzipWith (+) ask (asks (* 2))) 3 :: Maybe Int, fmap munzip (Just (runReaderT (return (1, 'u')) ()) :: Maybe [(Int, Char)]))
  print (runAccum (add "ab" >> look >>= \w -> add "c" >> looks length >>= \n -> return (w, n)) "z", evalAccum (accum (\w -> (length w, "q"))) "xy")
  print (runCont (selectToContT (select (\k -> if k 3 > 5 then 3 else 1))) (* 2), runCont (selectToContT (return 'r')) (: "s"))
