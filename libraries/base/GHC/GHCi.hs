-- Clean-room GHC.GHCi (base-4.15.1's API): the class of monads GHCi runs
-- statements in (IO, and NoIO, an IO that only GHCi's sandbox makes: its
-- constructor is not exported). Compiled into preludes/base/GHC.GHCi.stg
-- by scripts/gen-library-preludes.mjs.
module GHC.GHCi
  ( GHCiSandboxIO (..),
    NoIO (),
  )
where

class Monad m => GHCiSandboxIO m where
  ghciStepIO :: m a -> IO a

instance GHCiSandboxIO IO where
  ghciStepIO = id

newtype NoIO a = NoIO {noio :: IO a}

instance GHCiSandboxIO NoIO where
  ghciStepIO = noio

instance Functor NoIO where
  fmap f (NoIO a) = NoIO (fmap f a)

instance Applicative NoIO where
  pure a = NoIO (pure a)
  NoIO f <*> NoIO a = NoIO (f <*> a)

instance Monad NoIO where
  NoIO m >>= k = NoIO (m >>= noio . k)
