{-# LANGUAGE GADTs, TypeApplications, TypeOperators #-}
-- Type.Reflection.Unsafe's mkTrApp, Data.Type.Coercion's testCoercion,
-- Unsafe.Coerce's unsafeEqualityProof, GHC.TopHandler's flushStdHandles.
import Data.Type.Coercion
import GHC.TopHandler (flushStdHandles)
import System.IO
import Type.Reflection (TypeRep, typeRep)
import qualified Type.Reflection.Unsafe as U
import Unsafe.Coerce (UnsafeEquality (..), unsafeEqualityProof)

main :: IO ()
main = do
  let maybeInt = U.mkTrApp (typeRep @Maybe) (typeRep @Int) :: TypeRep (Maybe Int)
  print (maybeInt, maybeInt == typeRep @(Maybe Int))
  print (U.mkTrApp (U.mkTrApp (typeRep @Either) (typeRep @Bool)) (typeRep @[Char]))
  print (fmap (const "coercible") (testCoercion (Coercion :: Coercion Int Int) (Coercion :: Coercion Int Int)))
  case unsafeEqualityProof :: UnsafeEquality Int Int of
    UnsafeRefl -> putStrLn "UnsafeRefl"
  hSetBuffering stdout (BlockBuffering Nothing)
  putStr "buffered "
  hPutStrLn stderr "to stderr"
  flushStdHandles
  putStrLn "after flush"
