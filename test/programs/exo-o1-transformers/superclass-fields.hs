{-# LANGUAGE RankNTypes, FlexibleContexts, GADTs, ConstraintKinds #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- Each transformer's superclass fields (Functor from Applicative and
-- Traversable, Applicative from Monad and Alternative, Monad from MonadFail,
-- MonadFix, MonadIO, MonadPlus and MonadZip, Alternative from MonadPlus,
-- Foldable from Traversable, Eq from Ord), each taken in a function of its
-- own at one transformer over an unknown functor (no specialisation, no
-- library inlining), so -O1 code names the instance's superclass field;
-- each dictionary then maps, applies, binds, chooses, sums or compares.
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
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Reverse
import Data.Functor.Classes

data FunctorOf f where FunctorOf :: Functor f => FunctorOf f
data ApplicativeOf f where ApplicativeOf :: Applicative f => ApplicativeOf f
data AlternativeOf f where AlternativeOf :: Alternative f => AlternativeOf f
data MonadOf f where MonadOf :: Monad f => MonadOf f
data FoldableOf f where FoldableOf :: Foldable f => FoldableOf f
data EqOf a where EqOf :: Eq a => EqOf a

type Full m = (MonadPlus m, MonadFail m, MonadFix m, MonadIO m)

{-# NOINLINE fmapWith #-}
fmapWith :: FunctorOf f -> f Int -> f Int
fmapWith FunctorOf = fmap (* 2)

{-# NOINLINE apWith #-}
apWith :: ApplicativeOf f -> f Int -> f Int
apWith ApplicativeOf x = (+) <$> x <*> pure 10

{-# NOINLINE bindWith #-}
bindWith :: MonadOf f -> f Int -> f Int
bindWith MonadOf x = x >>= \a -> return (a * 100)

{-# NOINLINE altWith #-}
altWith :: AlternativeOf f -> f Int -> f Int
altWith AlternativeOf x = empty <|> fmap (+ 1000) x

{-# NOINLINE sumWith #-}
sumWith :: FoldableOf f -> f Int -> Int
sumWith FoldableOf = sum

{-# NOINLINE eqWith #-}
eqWith :: EqOf a -> a -> a -> (Bool, Bool)
eqWith EqOf a b = (a == b, a /= b)

{-# NOINLINE supAlternative1Backwards #-}
supAlternative1Backwards :: Full m => ApplicativeOf (Backwards m)
supAlternative1Backwards = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supApplicative1Backwards #-}
supApplicative1Backwards :: Full m => FunctorOf (Backwards m)
supApplicative1Backwards = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supOrd1Backwards #-}
supOrd1Backwards :: Ord1 m => EqOf (Backwards m Int)
supOrd1Backwards = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1Backwards #-}
supTraversable1Backwards :: Traversable m => FunctorOf (Backwards m)
supTraversable1Backwards = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2Backwards #-}
supTraversable2Backwards :: Traversable m => FoldableOf (Backwards m)
supTraversable2Backwards = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supAlternative1Lift #-}
supAlternative1Lift :: Full m => ApplicativeOf (Lift m)
supAlternative1Lift = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supApplicative1Lift #-}
supApplicative1Lift :: Full m => FunctorOf (Lift m)
supApplicative1Lift = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supOrd1Lift #-}
supOrd1Lift :: Ord1 m => EqOf (Lift m Int)
supOrd1Lift = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1Lift #-}
supTraversable1Lift :: Traversable m => FunctorOf (Lift m)
supTraversable1Lift = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2Lift #-}
supTraversable2Lift :: Traversable m => FoldableOf (Lift m)
supTraversable2Lift = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supAlternative1AccumT #-}
supAlternative1AccumT :: Full m => ApplicativeOf (AccumT [Int] m)
supAlternative1AccumT = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFail1AccumT #-}
supMonadFail1AccumT :: Full m => MonadOf (AccumT [Int] m)
supMonadFail1AccumT = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1AccumT #-}
supMonadFix1AccumT :: Full m => MonadOf (AccumT [Int] m)
supMonadFix1AccumT = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1AccumT #-}
supMonadIO1AccumT :: Full m => MonadOf (AccumT [Int] m)
supMonadIO1AccumT = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus2AccumT #-}
supMonadPlus2AccumT :: Full m => MonadOf (AccumT [Int] m)
supMonadPlus2AccumT = go
  where
    go :: forall n. MonadPlus n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1ErrorT #-}
supMonad1ErrorT :: Full m => ApplicativeOf (ErrorT String m)
supMonad1ErrorT = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFix1ErrorT #-}
supMonadFix1ErrorT :: Full m => MonadOf (ErrorT String m)
supMonadFix1ErrorT = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1ErrorT #-}
supMonadIO1ErrorT :: Full m => MonadOf (ErrorT String m)
supMonadIO1ErrorT = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1ErrorT #-}
supMonadPlus1ErrorT :: Full m => AlternativeOf (ErrorT String m)
supMonadPlus1ErrorT = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supOrd1ErrorT #-}
supOrd1ErrorT :: Ord1 m => EqOf (ErrorT String m Int)
supOrd1ErrorT = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1ErrorT #-}
supTraversable1ErrorT :: Traversable m => FunctorOf (ErrorT String m)
supTraversable1ErrorT = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2ErrorT #-}
supTraversable2ErrorT :: Traversable m => FoldableOf (ErrorT String m)
supTraversable2ErrorT = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supMonadFail1ExceptT #-}
supMonadFail1ExceptT :: Full m => MonadOf (ExceptT String m)
supMonadFail1ExceptT = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1ExceptT #-}
supMonadFix1ExceptT :: Full m => MonadOf (ExceptT String m)
supMonadFix1ExceptT = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1ExceptT #-}
supMonadPlus1ExceptT :: Full m => AlternativeOf (ExceptT String m)
supMonadPlus1ExceptT = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadZip1ExceptT #-}
supMonadZip1ExceptT :: (MonadZip m, MonadFix m) => MonadOf (ExceptT String m)
supMonadZip1ExceptT = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supOrd1ExceptT #-}
supOrd1ExceptT :: Ord1 m => EqOf (ExceptT String m Int)
supOrd1ExceptT = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1ExceptT #-}
supTraversable1ExceptT :: Traversable m => FunctorOf (ExceptT String m)
supTraversable1ExceptT = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2ExceptT #-}
supTraversable2ExceptT :: Traversable m => FoldableOf (ExceptT String m)
supTraversable2ExceptT = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supApplicative1IdentityT #-}
supApplicative1IdentityT :: Full m => FunctorOf (IdentityT m)
supApplicative1IdentityT = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supMonadFail1IdentityT #-}
supMonadFail1IdentityT :: Full m => MonadOf (IdentityT m)
supMonadFail1IdentityT = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1IdentityT #-}
supMonadFix1IdentityT :: Full m => MonadOf (IdentityT m)
supMonadFix1IdentityT = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1IdentityT #-}
supMonad1IdentityT :: Full m => ApplicativeOf (IdentityT m)
supMonad1IdentityT = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadZip1IdentityT #-}
supMonadZip1IdentityT :: (MonadZip m, MonadFix m) => MonadOf (IdentityT m)
supMonadZip1IdentityT = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supOrd1IdentityT #-}
supOrd1IdentityT :: Ord1 m => EqOf (IdentityT m Int)
supOrd1IdentityT = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1IdentityT #-}
supTraversable1IdentityT :: Traversable m => FunctorOf (IdentityT m)
supTraversable1IdentityT = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2IdentityT #-}
supTraversable2IdentityT :: Traversable m => FoldableOf (IdentityT m)
supTraversable2IdentityT = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supApplicative1ListT #-}
supApplicative1ListT :: Full m => FunctorOf (ListT m)
supApplicative1ListT = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supMonadFix1ListT #-}
supMonadFix1ListT :: Full m => MonadOf (ListT m)
supMonadFix1ListT = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1ListT #-}
supMonadIO1ListT :: Full m => MonadOf (ListT m)
supMonadIO1ListT = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1ListT #-}
supMonad1ListT :: Full m => ApplicativeOf (ListT m)
supMonad1ListT = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadPlus1ListT #-}
supMonadPlus1ListT :: Full m => AlternativeOf (ListT m)
supMonadPlus1ListT = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadZip1ListT #-}
supMonadZip1ListT :: (MonadZip m, MonadFix m) => MonadOf (ListT m)
supMonadZip1ListT = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supOrd1ListT #-}
supOrd1ListT :: Ord1 m => EqOf (ListT m Int)
supOrd1ListT = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1ListT #-}
supTraversable1ListT :: Traversable m => FunctorOf (ListT m)
supTraversable1ListT = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2ListT #-}
supTraversable2ListT :: Traversable m => FoldableOf (ListT m)
supTraversable2ListT = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supMonadFix1MaybeT #-}
supMonadFix1MaybeT :: Full m => MonadOf (MaybeT m)
supMonadFix1MaybeT = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadZip1MaybeT #-}
supMonadZip1MaybeT :: (MonadZip m, MonadFix m) => MonadOf (MaybeT m)
supMonadZip1MaybeT = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supOrd1MaybeT #-}
supOrd1MaybeT :: Ord1 m => EqOf (MaybeT m Int)
supOrd1MaybeT = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1MaybeT #-}
supTraversable1MaybeT :: Traversable m => FunctorOf (MaybeT m)
supTraversable1MaybeT = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2MaybeT #-}
supTraversable2MaybeT :: Traversable m => FoldableOf (MaybeT m)
supTraversable2MaybeT = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supMonadFail1RWSCPS #-}
supMonadFail1RWSCPS :: Full m => MonadOf (RC.RWST () [Int] Int m)
supMonadFail1RWSCPS = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1RWSCPS #-}
supMonadFix1RWSCPS :: Full m => MonadOf (RC.RWST () [Int] Int m)
supMonadFix1RWSCPS = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1RWSCPS #-}
supMonad1RWSCPS :: Full m => ApplicativeOf (RC.RWST () [Int] Int m)
supMonad1RWSCPS = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supAlternative1RWSLazy #-}
supAlternative1RWSLazy :: Full m => ApplicativeOf (RL.RWST () [Int] Int m)
supAlternative1RWSLazy = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFail1RWSLazy #-}
supMonadFail1RWSLazy :: Full m => MonadOf (RL.RWST () [Int] Int m)
supMonadFail1RWSLazy = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1RWSLazy #-}
supMonadFix1RWSLazy :: Full m => MonadOf (RL.RWST () [Int] Int m)
supMonadFix1RWSLazy = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1RWSLazy #-}
supMonadIO1RWSLazy :: Full m => MonadOf (RL.RWST () [Int] Int m)
supMonadIO1RWSLazy = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1RWSLazy #-}
supMonadPlus1RWSLazy :: Full m => AlternativeOf (RL.RWST () [Int] Int m)
supMonadPlus1RWSLazy = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadPlus2RWSLazy #-}
supMonadPlus2RWSLazy :: Full m => MonadOf (RL.RWST () [Int] Int m)
supMonadPlus2RWSLazy = go
  where
    go :: forall n. MonadPlus n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1RWSLazy #-}
supMonad1RWSLazy :: Full m => ApplicativeOf (RL.RWST () [Int] Int m)
supMonad1RWSLazy = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supAlternative1RWSStrict #-}
supAlternative1RWSStrict :: Full m => ApplicativeOf (RS.RWST () [Int] Int m)
supAlternative1RWSStrict = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFail1RWSStrict #-}
supMonadFail1RWSStrict :: Full m => MonadOf (RS.RWST () [Int] Int m)
supMonadFail1RWSStrict = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1RWSStrict #-}
supMonadFix1RWSStrict :: Full m => MonadOf (RS.RWST () [Int] Int m)
supMonadFix1RWSStrict = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1RWSStrict #-}
supMonadIO1RWSStrict :: Full m => MonadOf (RS.RWST () [Int] Int m)
supMonadIO1RWSStrict = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1RWSStrict #-}
supMonadPlus1RWSStrict :: Full m => AlternativeOf (RS.RWST () [Int] Int m)
supMonadPlus1RWSStrict = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadPlus2RWSStrict #-}
supMonadPlus2RWSStrict :: Full m => MonadOf (RS.RWST () [Int] Int m)
supMonadPlus2RWSStrict = go
  where
    go :: forall n. MonadPlus n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1RWSStrict #-}
supMonad1RWSStrict :: Full m => ApplicativeOf (RS.RWST () [Int] Int m)
supMonad1RWSStrict = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supApplicative1Reader #-}
supApplicative1Reader :: Full m => FunctorOf (ReaderT Int m)
supApplicative1Reader = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supMonadFail1Reader #-}
supMonadFail1Reader :: Full m => MonadOf (ReaderT Int m)
supMonadFail1Reader = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1Reader #-}
supMonadFix1Reader :: Full m => MonadOf (ReaderT Int m)
supMonadFix1Reader = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1Reader #-}
supMonad1Reader :: Full m => ApplicativeOf (ReaderT Int m)
supMonad1Reader = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadZip1Reader #-}
supMonadZip1Reader :: (MonadZip m, MonadFix m) => MonadOf (ReaderT Int m)
supMonadZip1Reader = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFail1Select #-}
supMonadFail1Select :: Full m => MonadOf (SelectT Int m)
supMonadFail1Select = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1Select #-}
supMonad1Select :: Full m => ApplicativeOf (SelectT Int m)
supMonad1Select = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFail1StateLazy #-}
supMonadFail1StateLazy :: Full m => MonadOf (SL.StateT Int m)
supMonadFail1StateLazy = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1StateLazy #-}
supMonadFix1StateLazy :: Full m => MonadOf (SL.StateT Int m)
supMonadFix1StateLazy = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1StateLazy #-}
supMonad1StateLazy :: Full m => ApplicativeOf (SL.StateT Int m)
supMonad1StateLazy = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFail1StateStrict #-}
supMonadFail1StateStrict :: Full m => MonadOf (SS.StateT Int m)
supMonadFail1StateStrict = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1StateStrict #-}
supMonadFix1StateStrict :: Full m => MonadOf (SS.StateT Int m)
supMonadFix1StateStrict = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1StateStrict #-}
supMonad1StateStrict :: Full m => ApplicativeOf (SS.StateT Int m)
supMonad1StateStrict = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadFail1WriterCPS #-}
supMonadFail1WriterCPS :: Full m => MonadOf (WC.WriterT [Int] m)
supMonadFail1WriterCPS = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1WriterCPS #-}
supMonadFix1WriterCPS :: Full m => MonadOf (WC.WriterT [Int] m)
supMonadFix1WriterCPS = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1WriterCPS #-}
supMonad1WriterCPS :: Full m => ApplicativeOf (WC.WriterT [Int] m)
supMonad1WriterCPS = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supAlternative1WriterLazy #-}
supAlternative1WriterLazy :: Full m => ApplicativeOf (WL.WriterT [Int] m)
supAlternative1WriterLazy = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supApplicative1WriterLazy #-}
supApplicative1WriterLazy :: Full m => FunctorOf (WL.WriterT [Int] m)
supApplicative1WriterLazy = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supMonadFail1WriterLazy #-}
supMonadFail1WriterLazy :: Full m => MonadOf (WL.WriterT [Int] m)
supMonadFail1WriterLazy = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1WriterLazy #-}
supMonadFix1WriterLazy :: Full m => MonadOf (WL.WriterT [Int] m)
supMonadFix1WriterLazy = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1WriterLazy #-}
supMonadIO1WriterLazy :: Full m => MonadOf (WL.WriterT [Int] m)
supMonadIO1WriterLazy = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1WriterLazy #-}
supMonadPlus1WriterLazy :: Full m => AlternativeOf (WL.WriterT [Int] m)
supMonadPlus1WriterLazy = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadPlus2WriterLazy #-}
supMonadPlus2WriterLazy :: Full m => MonadOf (WL.WriterT [Int] m)
supMonadPlus2WriterLazy = go
  where
    go :: forall n. MonadPlus n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1WriterLazy #-}
supMonad1WriterLazy :: Full m => ApplicativeOf (WL.WriterT [Int] m)
supMonad1WriterLazy = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadZip1WriterLazy #-}
supMonadZip1WriterLazy :: (MonadZip m, MonadFix m) => MonadOf (WL.WriterT [Int] m)
supMonadZip1WriterLazy = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supOrd1WriterLazy #-}
supOrd1WriterLazy :: Ord1 m => EqOf (WL.WriterT [Int] m Int)
supOrd1WriterLazy = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1WriterLazy #-}
supTraversable1WriterLazy :: Traversable m => FunctorOf (WL.WriterT [Int] m)
supTraversable1WriterLazy = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2WriterLazy #-}
supTraversable2WriterLazy :: Traversable m => FoldableOf (WL.WriterT [Int] m)
supTraversable2WriterLazy = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supAlternative1WriterStrict #-}
supAlternative1WriterStrict :: Full m => ApplicativeOf (WS.WriterT [Int] m)
supAlternative1WriterStrict = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supApplicative1WriterStrict #-}
supApplicative1WriterStrict :: Full m => FunctorOf (WS.WriterT [Int] m)
supApplicative1WriterStrict = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supMonadFail1WriterStrict #-}
supMonadFail1WriterStrict :: Full m => MonadOf (WS.WriterT [Int] m)
supMonadFail1WriterStrict = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadFix1WriterStrict #-}
supMonadFix1WriterStrict :: Full m => MonadOf (WS.WriterT [Int] m)
supMonadFix1WriterStrict = go
  where
    go :: forall n. MonadFix n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadIO1WriterStrict #-}
supMonadIO1WriterStrict :: Full m => MonadOf (WS.WriterT [Int] m)
supMonadIO1WriterStrict = go
  where
    go :: forall n. MonadIO n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1WriterStrict #-}
supMonadPlus1WriterStrict :: Full m => AlternativeOf (WS.WriterT [Int] m)
supMonadPlus1WriterStrict = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadPlus2WriterStrict #-}
supMonadPlus2WriterStrict :: Full m => MonadOf (WS.WriterT [Int] m)
supMonadPlus2WriterStrict = go
  where
    go :: forall n. MonadPlus n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1WriterStrict #-}
supMonad1WriterStrict :: Full m => ApplicativeOf (WS.WriterT [Int] m)
supMonad1WriterStrict = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supMonadZip1WriterStrict #-}
supMonadZip1WriterStrict :: (MonadZip m, MonadFix m) => MonadOf (WS.WriterT [Int] m)
supMonadZip1WriterStrict = go
  where
    go :: forall n. MonadZip n => MonadOf n
    go = MonadOf

{-# NOINLINE supOrd1WriterStrict #-}
supOrd1WriterStrict :: Ord1 m => EqOf (WS.WriterT [Int] m Int)
supOrd1WriterStrict = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1WriterStrict #-}
supTraversable1WriterStrict :: Traversable m => FunctorOf (WS.WriterT [Int] m)
supTraversable1WriterStrict = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2WriterStrict #-}
supTraversable2WriterStrict :: Traversable m => FoldableOf (WS.WriterT [Int] m)
supTraversable2WriterStrict = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

{-# NOINLINE supAlternative1Reverse #-}
supAlternative1Reverse :: Full m => ApplicativeOf (Reverse m)
supAlternative1Reverse = go
  where
    go :: forall n. Alternative n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supApplicative1Reverse #-}
supApplicative1Reverse :: Full m => FunctorOf (Reverse m)
supApplicative1Reverse = go
  where
    go :: forall n. Applicative n => FunctorOf n
    go = FunctorOf

{-# NOINLINE supMonadFail1Reverse #-}
supMonadFail1Reverse :: Full m => MonadOf (Reverse m)
supMonadFail1Reverse = go
  where
    go :: forall n. MonadFail n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonadPlus1Reverse #-}
supMonadPlus1Reverse :: Full m => AlternativeOf (Reverse m)
supMonadPlus1Reverse = go
  where
    go :: forall n. MonadPlus n => AlternativeOf n
    go = AlternativeOf

{-# NOINLINE supMonadPlus2Reverse #-}
supMonadPlus2Reverse :: Full m => MonadOf (Reverse m)
supMonadPlus2Reverse = go
  where
    go :: forall n. MonadPlus n => MonadOf n
    go = MonadOf

{-# NOINLINE supMonad1Reverse #-}
supMonad1Reverse :: Full m => ApplicativeOf (Reverse m)
supMonad1Reverse = go
  where
    go :: forall n. Monad n => ApplicativeOf n
    go = ApplicativeOf

{-# NOINLINE supOrd1Reverse #-}
supOrd1Reverse :: Ord1 m => EqOf (Reverse m Int)
supOrd1Reverse = go
  where
    go :: forall a. Ord a => EqOf a
    go = EqOf

{-# NOINLINE supTraversable1Reverse #-}
supTraversable1Reverse :: Traversable m => FunctorOf (Reverse m)
supTraversable1Reverse = go
  where
    go :: forall t. Traversable t => FunctorOf t
    go = FunctorOf

{-# NOINLINE supTraversable2Reverse #-}
supTraversable2Reverse :: Traversable m => FoldableOf (Reverse m)
supTraversable2Reverse = go
  where
    go :: forall t. Traversable t => FoldableOf t
    go = FoldableOf

main :: IO ()
main = do
  forwards (apWith supAlternative1Backwards (Backwards (return 3 :: IO Int))) >>= \r -> print ("supAlternative1Backwards", r)
  forwards (fmapWith supApplicative1Backwards (Backwards (return 3 :: IO Int))) >>= \r -> print ("supApplicative1Backwards", r)
  print ("supOrd1Backwards", eqWith (supOrd1Backwards :: EqOf (Backwards [] Int)) (Backwards [1, 2]) (Backwards [1, 2]))
  print ("supTraversable1Backwards", forwards (fmapWith supTraversable1Backwards (Backwards [1, 2, 3])))
  print ("supTraversable2Backwards", sumWith supTraversable2Backwards (Backwards [1, 2, 3]))
  unLift (apWith supAlternative1Lift (Other (return 3 :: IO Int))) >>= \r -> print ("supAlternative1Lift", r)
  unLift (fmapWith supApplicative1Lift (Other (return 3 :: IO Int))) >>= \r -> print ("supApplicative1Lift", r)
  print ("supOrd1Lift", eqWith (supOrd1Lift :: EqOf (Lift [] Int)) (Other [1, 2]) (Other [1, 2]))
  print ("supTraversable1Lift", unLift (fmapWith supTraversable1Lift (Other [1, 2, 3])))
  print ("supTraversable2Lift", sumWith supTraversable2Lift (Other [1, 2, 3]))
  fmap fst (runAccumT (apWith supAlternative1AccumT (lift (return 3 :: IO Int))) []) >>= \r -> print ("supAlternative1AccumT", r)
  fmap fst (runAccumT (bindWith supMonadFail1AccumT (lift (return 3 :: IO Int))) []) >>= \r -> print ("supMonadFail1AccumT", r)
  fmap fst (runAccumT (bindWith supMonadFix1AccumT (lift (return 3 :: IO Int))) []) >>= \r -> print ("supMonadFix1AccumT", r)
  fmap fst (runAccumT (bindWith supMonadIO1AccumT (lift (return 3 :: IO Int))) []) >>= \r -> print ("supMonadIO1AccumT", r)
  fmap fst (runAccumT (bindWith supMonadPlus2AccumT (lift (return 3 :: IO Int))) []) >>= \r -> print ("supMonadPlus2AccumT", r)
  fmap (either length id) (runErrorT (apWith supMonad1ErrorT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonad1ErrorT", r)
  fmap (either length id) (runErrorT (bindWith supMonadFix1ErrorT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1ErrorT", r)
  fmap (either length id) (runErrorT (bindWith supMonadIO1ErrorT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadIO1ErrorT", r)
  fmap (either length id) (runErrorT (altWith supMonadPlus1ErrorT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus1ErrorT", r)
  print ("supOrd1ErrorT", eqWith (supOrd1ErrorT :: EqOf (ErrorT String [] Int)) ((\xs -> ErrorT (map Right xs)) [1, 2]) ((\xs -> ErrorT (map Right xs)) [1, 2]))
  print ("supTraversable1ErrorT", (\(ErrorT e) -> map (either length id) e) (fmapWith supTraversable1ErrorT ((\xs -> ErrorT (map Right xs)) [1, 2, 3])))
  print ("supTraversable2ErrorT", sumWith supTraversable2ErrorT ((\xs -> ErrorT (map Right xs)) [1, 2, 3]))
  fmap (either length id) (runExceptT (bindWith supMonadFail1ExceptT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFail1ExceptT", r)
  fmap (either length id) (runExceptT (bindWith supMonadFix1ExceptT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1ExceptT", r)
  fmap (either length id) (runExceptT (altWith supMonadPlus1ExceptT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus1ExceptT", r)
  print ("supMonadZip1ExceptT", fmap (either length id) (runExceptT (bindWith supMonadZip1ExceptT (lift (return 3 :: Maybe Int)))))
  print ("supOrd1ExceptT", eqWith (supOrd1ExceptT :: EqOf (ExceptT String [] Int)) ((\xs -> ExceptT (map Right xs)) [1, 2]) ((\xs -> ExceptT (map Right xs)) [1, 2]))
  print ("supTraversable1ExceptT", (map (either length id) . runExceptT) (fmapWith supTraversable1ExceptT ((\xs -> ExceptT (map Right xs)) [1, 2, 3])))
  print ("supTraversable2ExceptT", sumWith supTraversable2ExceptT ((\xs -> ExceptT (map Right xs)) [1, 2, 3]))
  runIdentityT (fmapWith supApplicative1IdentityT (lift (return 3 :: IO Int))) >>= \r -> print ("supApplicative1IdentityT", r)
  runIdentityT (bindWith supMonadFail1IdentityT (lift (return 3 :: IO Int))) >>= \r -> print ("supMonadFail1IdentityT", r)
  runIdentityT (bindWith supMonadFix1IdentityT (lift (return 3 :: IO Int))) >>= \r -> print ("supMonadFix1IdentityT", r)
  runIdentityT (apWith supMonad1IdentityT (lift (return 3 :: IO Int))) >>= \r -> print ("supMonad1IdentityT", r)
  print ("supMonadZip1IdentityT", runIdentityT (bindWith supMonadZip1IdentityT (lift (return 3 :: Maybe Int))))
  print ("supOrd1IdentityT", eqWith (supOrd1IdentityT :: EqOf (IdentityT [] Int)) (IdentityT [1, 2]) (IdentityT [1, 2]))
  print ("supTraversable1IdentityT", runIdentityT (fmapWith supTraversable1IdentityT (IdentityT [1, 2, 3])))
  print ("supTraversable2IdentityT", sumWith supTraversable2IdentityT (IdentityT [1, 2, 3]))
  fmap sum (runListT (fmapWith supApplicative1ListT (lift (return 3 :: IO Int)))) >>= \r -> print ("supApplicative1ListT", r)
  fmap sum (runListT (bindWith supMonadFix1ListT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1ListT", r)
  fmap sum (runListT (bindWith supMonadIO1ListT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadIO1ListT", r)
  fmap sum (runListT (apWith supMonad1ListT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonad1ListT", r)
  fmap sum (runListT (altWith supMonadPlus1ListT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus1ListT", r)
  print ("supMonadZip1ListT", fmap sum (runListT (bindWith supMonadZip1ListT (lift (return 3 :: Maybe Int)))))
  print ("supOrd1ListT", eqWith (supOrd1ListT :: EqOf (ListT [] Int)) ((\xs -> ListT (map (: []) xs)) [1, 2]) ((\xs -> ListT (map (: []) xs)) [1, 2]))
  print ("supTraversable1ListT", (concat . runListT) (fmapWith supTraversable1ListT ((\xs -> ListT (map (: []) xs)) [1, 2, 3])))
  print ("supTraversable2ListT", sumWith supTraversable2ListT ((\xs -> ListT (map (: []) xs)) [1, 2, 3]))
  fmap (maybe 0 id) (runMaybeT (bindWith supMonadFix1MaybeT (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1MaybeT", r)
  print ("supMonadZip1MaybeT", fmap (maybe 0 id) (runMaybeT (bindWith supMonadZip1MaybeT (lift (return 3 :: Maybe Int)))))
  print ("supOrd1MaybeT", eqWith (supOrd1MaybeT :: EqOf (MaybeT [] Int)) ((\xs -> MaybeT (map Just xs)) [1, 2]) ((\xs -> MaybeT (map Just xs)) [1, 2]))
  print ("supTraversable1MaybeT", (map (maybe 0 id) . runMaybeT) (fmapWith supTraversable1MaybeT ((\xs -> MaybeT (map Just xs)) [1, 2, 3])))
  print ("supTraversable2MaybeT", sumWith supTraversable2MaybeT ((\xs -> MaybeT (map Just xs)) [1, 2, 3]))
  fmap (\(a, _, _) -> a) (RC.runRWST (bindWith supMonadFail1RWSCPS (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadFail1RWSCPS", r)
  fmap (\(a, _, _) -> a) (RC.runRWST (bindWith supMonadFix1RWSCPS (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadFix1RWSCPS", r)
  fmap (\(a, _, _) -> a) (RC.runRWST (apWith supMonad1RWSCPS (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonad1RWSCPS", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (apWith supAlternative1RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supAlternative1RWSLazy", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (bindWith supMonadFail1RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadFail1RWSLazy", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (bindWith supMonadFix1RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadFix1RWSLazy", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (bindWith supMonadIO1RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadIO1RWSLazy", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (altWith supMonadPlus1RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadPlus1RWSLazy", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (bindWith supMonadPlus2RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadPlus2RWSLazy", r)
  fmap (\(a, _, _) -> a) (RL.runRWST (apWith supMonad1RWSLazy (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonad1RWSLazy", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (apWith supAlternative1RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supAlternative1RWSStrict", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (bindWith supMonadFail1RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadFail1RWSStrict", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (bindWith supMonadFix1RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadFix1RWSStrict", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (bindWith supMonadIO1RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadIO1RWSStrict", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (altWith supMonadPlus1RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadPlus1RWSStrict", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (bindWith supMonadPlus2RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonadPlus2RWSStrict", r)
  fmap (\(a, _, _) -> a) (RS.runRWST (apWith supMonad1RWSStrict (lift (return 3 :: IO Int))) () 0) >>= \r -> print ("supMonad1RWSStrict", r)
  runReaderT (fmapWith supApplicative1Reader (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supApplicative1Reader", r)
  runReaderT (bindWith supMonadFail1Reader (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonadFail1Reader", r)
  runReaderT (bindWith supMonadFix1Reader (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonadFix1Reader", r)
  runReaderT (apWith supMonad1Reader (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonad1Reader", r)
  print ("supMonadZip1Reader", runReaderT (bindWith supMonadZip1Reader (lift (return 3 :: Maybe Int))) 0)
  runSelectT (bindWith supMonadFail1Select (lift (return 3 :: IO Int))) (\a -> return (a + 1)) >>= \r -> print ("supMonadFail1Select", r)
  runSelectT (apWith supMonad1Select (lift (return 3 :: IO Int))) (\a -> return (a + 1)) >>= \r -> print ("supMonad1Select", r)
  SL.evalStateT (bindWith supMonadFail1StateLazy (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonadFail1StateLazy", r)
  SL.evalStateT (bindWith supMonadFix1StateLazy (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonadFix1StateLazy", r)
  SL.evalStateT (apWith supMonad1StateLazy (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonad1StateLazy", r)
  SS.evalStateT (bindWith supMonadFail1StateStrict (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonadFail1StateStrict", r)
  SS.evalStateT (bindWith supMonadFix1StateStrict (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonadFix1StateStrict", r)
  SS.evalStateT (apWith supMonad1StateStrict (lift (return 3 :: IO Int))) 0 >>= \r -> print ("supMonad1StateStrict", r)
  fmap fst (WC.runWriterT (bindWith supMonadFail1WriterCPS (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFail1WriterCPS", r)
  fmap fst (WC.runWriterT (bindWith supMonadFix1WriterCPS (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1WriterCPS", r)
  fmap fst (WC.runWriterT (apWith supMonad1WriterCPS (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonad1WriterCPS", r)
  fmap fst (WL.runWriterT (apWith supAlternative1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supAlternative1WriterLazy", r)
  fmap fst (WL.runWriterT (fmapWith supApplicative1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supApplicative1WriterLazy", r)
  fmap fst (WL.runWriterT (bindWith supMonadFail1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFail1WriterLazy", r)
  fmap fst (WL.runWriterT (bindWith supMonadFix1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1WriterLazy", r)
  fmap fst (WL.runWriterT (bindWith supMonadIO1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadIO1WriterLazy", r)
  fmap fst (WL.runWriterT (altWith supMonadPlus1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus1WriterLazy", r)
  fmap fst (WL.runWriterT (bindWith supMonadPlus2WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus2WriterLazy", r)
  fmap fst (WL.runWriterT (apWith supMonad1WriterLazy (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonad1WriterLazy", r)
  print ("supMonadZip1WriterLazy", fmap fst (WL.runWriterT (bindWith supMonadZip1WriterLazy (lift (return 3 :: Maybe Int)))))
  print ("supOrd1WriterLazy", eqWith (supOrd1WriterLazy :: EqOf (WL.WriterT [Int] [] Int)) ((\xs -> WL.WriterT (map (\x -> (x, [x])) xs)) [1, 2]) ((\xs -> WL.WriterT (map (\x -> (x, [x])) xs)) [1, 2]))
  print ("supTraversable1WriterLazy", (map fst . WL.runWriterT) (fmapWith supTraversable1WriterLazy ((\xs -> WL.WriterT (map (\x -> (x, [x])) xs)) [1, 2, 3])))
  print ("supTraversable2WriterLazy", sumWith supTraversable2WriterLazy ((\xs -> WL.WriterT (map (\x -> (x, [x])) xs)) [1, 2, 3]))
  fmap fst (WS.runWriterT (apWith supAlternative1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supAlternative1WriterStrict", r)
  fmap fst (WS.runWriterT (fmapWith supApplicative1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supApplicative1WriterStrict", r)
  fmap fst (WS.runWriterT (bindWith supMonadFail1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFail1WriterStrict", r)
  fmap fst (WS.runWriterT (bindWith supMonadFix1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadFix1WriterStrict", r)
  fmap fst (WS.runWriterT (bindWith supMonadIO1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadIO1WriterStrict", r)
  fmap fst (WS.runWriterT (altWith supMonadPlus1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus1WriterStrict", r)
  fmap fst (WS.runWriterT (bindWith supMonadPlus2WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonadPlus2WriterStrict", r)
  fmap fst (WS.runWriterT (apWith supMonad1WriterStrict (lift (return 3 :: IO Int)))) >>= \r -> print ("supMonad1WriterStrict", r)
  print ("supMonadZip1WriterStrict", fmap fst (WS.runWriterT (bindWith supMonadZip1WriterStrict (lift (return 3 :: Maybe Int)))))
  print ("supOrd1WriterStrict", eqWith (supOrd1WriterStrict :: EqOf (WS.WriterT [Int] [] Int)) ((\xs -> WS.WriterT (map (\x -> (x, [x])) xs)) [1, 2]) ((\xs -> WS.WriterT (map (\x -> (x, [x])) xs)) [1, 2]))
  print ("supTraversable1WriterStrict", (map fst . WS.runWriterT) (fmapWith supTraversable1WriterStrict ((\xs -> WS.WriterT (map (\x -> (x, [x])) xs)) [1, 2, 3])))
  print ("supTraversable2WriterStrict", sumWith supTraversable2WriterStrict ((\xs -> WS.WriterT (map (\x -> (x, [x])) xs)) [1, 2, 3]))
  getReverse (apWith supAlternative1Reverse (Reverse (return 3 :: IO Int))) >>= \r -> print ("supAlternative1Reverse", r)
  getReverse (fmapWith supApplicative1Reverse (Reverse (return 3 :: IO Int))) >>= \r -> print ("supApplicative1Reverse", r)
  getReverse (bindWith supMonadFail1Reverse (Reverse (return 3 :: IO Int))) >>= \r -> print ("supMonadFail1Reverse", r)
  getReverse (altWith supMonadPlus1Reverse (Reverse (return 3 :: IO Int))) >>= \r -> print ("supMonadPlus1Reverse", r)
  getReverse (bindWith supMonadPlus2Reverse (Reverse (return 3 :: IO Int))) >>= \r -> print ("supMonadPlus2Reverse", r)
  getReverse (apWith supMonad1Reverse (Reverse (return 3 :: IO Int))) >>= \r -> print ("supMonad1Reverse", r)
  print ("supOrd1Reverse", eqWith (supOrd1Reverse :: EqOf (Reverse [] Int)) (Reverse [1, 2]) (Reverse [1, 2]))
  print ("supTraversable1Reverse", getReverse (fmapWith supTraversable1Reverse (Reverse [1, 2, 3])))
  print ("supTraversable2Reverse", sumWith supTraversable2Reverse (Reverse [1, 2, 3]))
