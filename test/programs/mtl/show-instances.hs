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
  print (ExceptT (Just (Right 3)) :: ExceptT String Maybe Int)
  print (ExceptT (Identity (Left "err")) :: Except String Int)
  print [ExceptT [Left 'a', Right (-2)] :: ExceptT Char [] Int]
  print (MaybeT [Just 1, Nothing], MaybeT (Identity (Just (Just 'x'))))
  print (IdentityT (Just (-5)), IdentityT [1, 2])
  print (ListT (Just [1, 2, 3]))
  print (ErrorT (Just (Left "e")) :: ErrorT String Maybe Int)
  print (S.WriterT (Just (1, "log")), L.WriterT [(True, [()])])
  print (showsPrec 11 (MaybeT (Just (Just 3))) "", showsPrec1 11 (IdentityT (Just 3)) "")
  print (ExceptT (Just (Right 1)) == (ExceptT (Just (Right 1)) :: ExceptT () Maybe Int))
  print (compare (MaybeT [Just 1]) (MaybeT [Nothing]), MaybeT [Just 2] < MaybeT [Just 3])
  print (compare (S.WriterT (Just (1, "b"))) (S.WriterT (Just (1, "a"))), L.WriterT [(1, 'a')] == L.WriterT [(1, 'a')])
  print (IdentityT "abc" == IdentityT "abc", IdentityT [3] > IdentityT [1, 2], maximum [ListT [[1]], ListT [[2], []]])
  print (ErrorT [Right 1] /= (ErrorT [Left 'x'] :: ErrorT Char [] Int))
  print (eq1 (MaybeT (Just (Just 'a'))) (MaybeT (Just (Just 'a'))), compare1 (IdentityT [1]) (IdentityT [2]))
  print (getPredicate (contramap length (Predicate even)) "abcd")
  print (getOp (contramap show (Op length)) (12345 :: Int))
