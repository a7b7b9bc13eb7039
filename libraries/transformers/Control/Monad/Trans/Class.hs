-- Clean-room Control.Monad.Trans.Class (transformers-0.5.6.2's API).
module Control.Monad.Trans.Class (MonadTrans(..)) where

class MonadTrans t where
  lift :: Monad m => m a -> t m a
