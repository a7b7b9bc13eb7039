-- GHC.TypeLits/TypeNats at run time: natVal/symbolVal, someNatVal,
-- someSymbolVal, SomeNat/SomeSymbol's Eq, Ord, Show, Read, sameNat,
-- sameSymbol, type-level arithmetic; :~: and Coercion witnesses.
{-# LANGUAGE DataKinds, TypeOperators, ScopedTypeVariables, KindSignatures, GADTs, NoStarIsType #-}
import GHC.TypeLits
import qualified GHC.TypeNats as N
import Data.Proxy
import Data.Type.Equality
import Data.Type.Coercion (Coercion(..), coerceWith, gcoerceWith, repr, testCoercion)
import qualified Data.Type.Coercion as C
import Data.Coerce
import Numeric.Natural

newtype Age = Age Int deriving Show

main :: IO ()
main = do
  print (natVal (Proxy :: Proxy 42), symbolVal (Proxy :: Proxy "hello"))
  case someNatVal 12 of
    Just (SomeNat p) -> print (natVal p)
    Nothing -> putStrLn "negative"
  print (fmap (\(SomeNat p) -> natVal p) (someNatVal (-3)))
  case someSymbolVal "abc" of SomeSymbol p -> putStrLn (symbolVal p)
  let a = someNatVal 5; b = someNatVal 7
  print (a, b, a == b, compare a b, a < b)
  print (someSymbolVal "x", someSymbolVal "x" == someSymbolVal "y", compare (someSymbolVal "b") (someSymbolVal "a"))
  print (read "SomeNat 3" :: SomeNat) `seq` return ()
  print (reads "17" :: [(SomeNat, String)])
  print (reads "\"sym\"" :: [(SomeSymbol, String)])
  case N.someNatVal 99 of N.SomeNat p -> print (N.natVal p)
  print (N.someNatVal 3 == N.someNatVal 3)
  print (sameNat (Proxy :: Proxy 3) (Proxy :: Proxy 3), sameNat (Proxy :: Proxy 3) (Proxy :: Proxy 4))
  print (sameSymbol (Proxy :: Proxy "a") (Proxy :: Proxy "a"), sameSymbol (Proxy :: Proxy "a") (Proxy :: Proxy "b"))
  print (natVal (Proxy :: Proxy (2 + 3 * 4)), natVal (Proxy :: Proxy (2 ^ 10 - 1)))
  let r = Refl :: Int :~: Int
  print (r, r == r, compare r r, [minBound .. maxBound :: Int :~: Int], read "Refl" :: Bool :~: Bool)
  print (castWith r 5, gcastWith r (7 :: Int), sym r, trans r r)
  print (testEquality r r)
  print (fromEnum r, toEnum 0 :: Int :~: Int, succ' r)
  let c = Coercion :: Coercion Age Int
  print (c, coerceWith c (Age 3), coerceWith (C.sym c) 4, c == c, compare c c, [minBound .. maxBound :: Coercion Int Int])
  print (repr r, C.trans c (Coercion :: Coercion Int Int), read "Coercion" :: Coercion Int Int, testCoercion c c)
  print (gcoerceWith c (coerce (Age 8) :: Int))
  where succ' r = fromEnum r + 1
