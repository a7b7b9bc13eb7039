-- Knot-tying with mfix in ExceptT, ErrorT and MaybeT, where the inner
-- computation fails: forcing the knot raises transformers' own error, whose
-- message and call stack (the library's file, line and package) must read
-- as GHC's.
{-# OPTIONS_GHC -Wno-deprecations #-}
import Control.Exception
import Control.Monad.Fix
import Control.Monad.Trans.Error
import Control.Monad.Trans.Except
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Writer
import Data.Functor.Identity

streamEx :: Either String [Int]
streamEx = runIdentity (runExceptT (mfix (\xs -> ExceptT (Identity (Right (1 : map (* 2) (take 4 xs)))))))

failedEx :: Either String Int
failedEx = runIdentity (runExceptT (mfix (\x -> ExceptT (Identity (Left (show (x :: Int)))))))

failedEr :: Either String Int
failedEr = runIdentity (runErrorT (mfix (\x -> ErrorT (Identity (Left (show (x :: Int)))))))

failedMb :: (Maybe Int, String)
failedMb = runWriter (runMaybeT (mfix (\x -> MaybeT (writer (Nothing, show (x :: Int))))))

report :: Show a => String -> a -> IO ()
report name v = do
  r <- try (evaluate (length (show v)) >> return (show v))
  putStrLn (name ++ ": " ++ either (\e -> "error: " ++ displayException (e :: ErrorCall)) id r)

main :: IO ()
main = do
  report "stream" streamEx
  report "ExceptT" failedEx
  report "ErrorT" failedEr
  report "MaybeT" failedMb
  print (fst failedMb)
