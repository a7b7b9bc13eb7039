{-# OPTIONS_GHC -Wno-deprecations #-}
import Control.Monad.Trans.Except
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Error
import qualified Control.Monad.Trans.Writer.Strict as S
import qualified Control.Monad.Trans.Writer.Lazy as L
import Data.Functor.Identity
import Data.Functor.Classes
import Data.Functor.Contravariant
import qualified Control.Monad.Trans.Reader as R
import qualified Control.Monad.Trans.State.Strict as SS

main :: IO ()
main = do
  print (read "ExceptT (Just (Right 5))" :: ExceptT String Maybe Int)
  print (read " MaybeT [Just 1,Nothing]" :: MaybeT [] Int)
  print (read "IdentityT (Just 2)" :: IdentityT Maybe Int)
  print (read "WriterT (Just (1,\"w\"))" :: S.WriterT String Maybe Int)
  print (read "ListT [[1,2]]" :: ListT [] Int)
  print ((reads :: ReadS (MaybeT Maybe Int)) "MaybeT Nothing rest")
