{-# LANGUAGE TypeOperators, NoStarIsType #-}
{-# LANGUAGE DataKinds, KindSignatures, ScopedTypeVariables, TypeApplications, AllowAmbiguousTypes #-}
-- Type-level naturals and symbols: KnownNat/natVal, KnownSymbol/symbolVal,
-- a modular-arithmetic type indexed by its modulus, and fixed-size vectors.
module Main (main) where

import GHC.TypeLits
import Data.Proxy

newtype Modn (n :: Nat) = Modn Integer deriving Eq

instance KnownNat n => Show (Modn n) where
  show (Modn x) = show x ++ " (mod " ++ show (natVal (Proxy :: Proxy n)) ++ ")"

mkMod :: forall n. KnownNat n => Integer -> Modn n
mkMod x = Modn (x `mod` natVal (Proxy @n))

instance KnownNat n => Num (Modn n) where
  Modn a + Modn b = mkMod (a + b)
  Modn a * Modn b = mkMod (a * b)
  negate (Modn a) = mkMod (negate a)
  abs = id
  signum = const 1
  fromInteger = mkMod

power :: KnownNat n => Modn n -> Integer -> Modn n
power _ 0 = 1
power b e | even e = let h = power b (e `div` 2) in h * h
          | otherwise = b * power b (e - 1)

newtype Tagged (s :: Symbol) = Tagged Int

label :: forall s. KnownSymbol s => Tagged s -> String
label (Tagged v) = symbolVal (Proxy :: Proxy s) ++ "=" ++ show v

newtype Vec (n :: Nat) a = Vec [a] deriving Show

vreplicate :: forall n a. KnownNat n => a -> Vec n a
vreplicate x = Vec (replicate (fromIntegral (natVal (Proxy @n))) x)

vlen :: forall n a. KnownNat n => Vec n a -> Integer
vlen _ = natVal (Proxy @n)

main :: IO ()
main = do
  print (mkMod 10 + mkMod 5 :: Modn 7)
  print (power (3 :: Modn 1000000007) 1000000)
  print (negate 3 :: Modn 12, (7 :: Modn 12) * 5)
  putStrLn (label (Tagged 5 :: Tagged "width"))
  print (vreplicate 'x' :: Vec 4 Char, vlen (vreplicate () :: Vec 12 ()))
  print (natVal (Proxy @(2 + 3 * 4)), symbolVal (Proxy @"hello"))
  case someNatVal 42 of
    Just (SomeNat p) -> print (natVal p)
    Nothing -> putStrLn "negative"
  case someSymbolVal "dyn" of
    SomeSymbol p -> putStrLn (symbolVal p)
