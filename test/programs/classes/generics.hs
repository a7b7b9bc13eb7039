{-# LANGUAGE DeriveGeneric, DefaultSignatures, FlexibleContexts, TypeOperators, FlexibleInstances #-}
import GHC.Generics

data Color = Red | Green | Blue deriving (Show, Generic)
data Point = Point { px :: Int, py :: Int } deriving (Show, Generic)
data Shape = Circle Point Int | Rect { corner :: Point, w :: Int, h :: Int } | Empty deriving (Show, Generic)
data Pair a b = Pair a b deriving (Show, Generic)

class Encode a where
  encode :: a -> [String]
  default encode :: (Generic a, GEncode (Rep a)) => a -> [String]
  encode x = gencode (from x)

class GEncode f where
  gencode :: f p -> [String]

instance GEncode U1 where gencode U1 = ["U1"]
instance GEncode V1 where gencode _ = ["V1"]
instance (GEncode f, GEncode g) => GEncode (f :+: g) where
  gencode (L1 x) = "L" : gencode x
  gencode (R1 x) = "R" : gencode x
instance (GEncode f, GEncode g) => GEncode (f :*: g) where
  gencode (a :*: b) = gencode a ++ gencode b
instance Encode c => GEncode (K1 i c) where
  gencode (K1 x) = encode x
instance (Datatype d, GEncode f) => GEncode (D1 d f) where
  gencode m@(M1 x) = ("type " ++ datatypeName m ++ " in " ++ moduleName m ++ (if isNewtype m then " newtype" else "")) : gencode x
instance (Constructor c, GEncode f) => GEncode (C1 c f) where
  gencode m@(M1 x) = ("con " ++ conName m ++ (if conIsRecord m then " record" else "") ++ " " ++ show (conFixity m)) : gencode x
instance (Selector s, GEncode f) => GEncode (S1 s f) where
  gencode m@(M1 x) = ("sel " ++ show (selName m)) : gencode x

instance Encode Int where encode n = [show n]
instance Encode Color
instance Encode Point
instance Encode Shape
instance (Encode a, Encode b) => Encode (Pair a b)

class CountFields a where
  countFields :: a -> Int
  default countFields :: (Generic a, GCount (Rep a)) => a -> Int
  countFields = gcount . from

class GCount f where gcount :: f p -> Int
instance GCount U1 where gcount _ = 0
instance GCount (K1 i c) where gcount _ = 1
instance (GCount f, GCount g) => GCount (f :+: g) where
  gcount (L1 x) = gcount x
  gcount (R1 x) = gcount x
instance (GCount f, GCount g) => GCount (f :*: g) where
  gcount (a :*: b) = gcount a + gcount b
instance GCount f => GCount (M1 i c f) where gcount (M1 x) = gcount x

instance CountFields Shape
instance CountFields Point
instance CountFields Color

main :: IO ()
main = do
  mapM_ (print . encode) [Red, Green, Blue]
  print (encode (Point 1 2))
  print (encode (Circle (Point 0 0) 5))
  print (encode (Rect (Point 1 1) 2 3))
  print (encode Empty)
  print (encode (Pair (3 :: Int) Blue))
  print (map countFields [Circle (Point 0 0) 1, Rect (Point 0 0) 1 1, Empty], countFields (Point 0 0), countFields Red)
  print (to (from (Point 7 8)) :: Point)
  print (to (from (Rect (Point 1 2) 3 4)) :: Shape)
  let M1 (L1 (M1 (M1 (K1 p) :*: _))) = from (Circle (Point 5 6) 1)
  print p
  print (unM1 (from Green) `seq` "ok", unK1 (K1 'k' :: K1 R Char ()))
  print (datatypeName (from (Pair 'a' 'b')), packageName (from Red) == "main", isNewtype (from Red))
  print (Prefix, Infix LeftAssociative 5, prec (Infix RightAssociative 3))
  print (U1 :: U1 Int, Par1 'x', Rec1 (Just 'y'), K1 3 :: K1 R Int ())
  print (L1 (U1 :: U1 ()) :: (U1 :+: U1) (), (Par1 1 :*: Par1 2))
  print (fmap (+1) (Par1 1), fmap succ (Rec1 "ab"), fmap (+1) (L1 (Par1 1) :: (Par1 :+: Par1) Int))
  print (Comp1 [Just 'c'])
