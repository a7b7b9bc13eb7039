{-# LANGUAGE DataKinds, KindSignatures, ScopedTypeVariables, TypeApplications, AllowAmbiguousTypes, DeriveGeneric, FlexibleContexts, TypeOperators, DefaultSignatures, FlexibleInstances #-}
import GHC.TypeLits
import Data.Proxy
import GHC.Generics

newtype Vec (n :: Nat) = Vec [Int] deriving Show

mkVec :: forall n. KnownNat n => Vec n
mkVec = Vec (replicate (fromIntegral (natVal (Proxy :: Proxy n))) 0)

newtype Tagged (s :: Symbol) = Tagged Int
describe :: forall s. KnownSymbol s => Tagged s -> String
describe (Tagged n) = symbolVal (Proxy @s) ++ "=" ++ show n

-- generic field-name encoder
class Encode a where
  encode :: a -> [(String, String)]
  default encode :: (Generic a, GEncode (Rep a)) => a -> [(String, String)]
  encode = gencode . from

class GEncode f where
  gencode :: f p -> [(String, String)]
instance GEncode U1 where gencode _ = []
instance (GEncode a, GEncode b) => GEncode (a :*: b) where
  gencode (a :*: b) = gencode a ++ gencode b
instance (GEncode a, GEncode b) => GEncode (a :+: b) where
  gencode (L1 a) = gencode a
  gencode (R1 b) = gencode b
instance GEncode a => GEncode (D1 c a) where gencode (M1 a) = gencode a
instance (Constructor c, GEncode a) => GEncode (C1 c a) where
  gencode m@(M1 a) = ("$con", conName m) : gencode a
instance (Selector s, Show t) => GEncode (S1 s (K1 i t)) where
  gencode m@(M1 (K1 x)) = [(selName m, show x)]

data User = User { uid :: Int, uname :: String, admin :: Bool } deriving (Generic, Show)
instance Encode User
data Shape = Circle { r :: Double } | Rect { w :: Double, h :: Double } deriving Generic
instance Encode Shape

main :: IO ()
main = do
  print (mkVec :: Vec 3)
  putStrLn (describe (Tagged 5 :: Tagged "width"))
  print (natVal (Proxy :: Proxy (2 + 3)), symbolVal (Proxy :: Proxy "hi"))
  print (encode (User 7 "ann" True))
  print (encode (Rect 1 2), encode (Circle 0.5))
  print (datatypeName (from (User 1 "" False)), moduleName (from (User 1 "" False)))
  case someNatVal 42 of
    Just (SomeNat p) -> print (natVal p)
    Nothing -> return ()
  case someSymbolVal "dyn" of SomeSymbol p -> putStrLn (symbolVal p)
