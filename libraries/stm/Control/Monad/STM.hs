{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -Wno-orphans #-}
-- | Control.Monad.STM of stm-2.5.0.0, written for hs2stg from the package's
-- documented API: the STM monad and its operations are base's (GHC.Conc);
-- this module adds 'check' and the MonadFix instance.
module Control.Monad.STM
  ( STM, atomically, retry, orElse, check, throwSTM, catchSTM
  , zz_check1, zz_zdfMonadFixSTM1
  ) where

import GHC.Conc.Sync (STM (..), atomically, retry, orElse, throwSTM, catchSTM)
import Control.Monad.Fix (MonadFix (..))
import GHC.Exts (State#, RealWorld)

-- | Retries the transaction unless the condition holds.
check :: Bool -> STM ()
check True = pure ()
check False = retry

unSTM :: STM a -> State# RealWorld -> (# State# RealWorld, a #)
unSTM (STM m) = m

-- | A transaction's result with the state it leaves, lazily: 'mfix' feeds
-- the result back to the action that computes it.
data Knot a = Knot (State# RealWorld) a

instance MonadFix STM where
  mfix = STM . zz_zdfMonadFixSTM1

-- -O1 callers' names (the interface's): the State#-passing forms.
zz_check1 :: Bool -> State# RealWorld -> (# State# RealWorld, () #)
zz_check1 b = unSTM (check b)

zz_zdfMonadFixSTM1 :: (a -> STM a) -> State# RealWorld -> (# State# RealWorld, a #)
zz_zdfMonadFixSTM1 k s =
  let knot = case unSTM (k (result knot)) s of (# s', x #) -> Knot s' x
      result (Knot _ x) = x
   in case knot of Knot s' x -> (# s', x #)
