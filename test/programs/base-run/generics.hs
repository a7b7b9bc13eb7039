-- GHC.Generics as generic-programming libraries use it: a generic show,
-- a generic equality and a generic field counter over user types through
-- from/to; metadata (datatypeName, conName, selName, conFixity,
-- isNewtype, packageName); the representation types' own instances
-- (Eq/Ord/Show/Functor/Foldable/Traversable/Semigroup of U1, K1, M1, :*:,
-- :+:, Par1, Rec1, Comp1) and Generic instances of base types.
{-# LANGUAGE DeriveGeneric, DeriveAnyClass, FlexibleContexts, FlexibleInstances, DataKinds, TypeOperators, DeriveFunctor, DeriveFoldable, DeriveTraversable #-}
import GHC.Generics
import Data.List.NonEmpty (NonEmpty (..))

data Color = Red | Green | Blue deriving (Show, Generic, Eq, Ord, Enum, Bounded)
data Point = Point {px :: Int, py :: Double} deriving (Show, Generic)
data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Generic, Generic1, Functor, Foldable, Traversable)
data Op = Int :+: Int | Neg Op deriving (Show, Generic)
infixl 6 :+:
newtype Wrap = Wrap {unWrap :: [Color]} deriving (Show, Generic)

class GShow f where gshow :: f p -> String
instance GShow U1 where gshow U1 = ""
instance (GShow a, GShow b) => GShow (a :*: b) where gshow (a :*: b) = gshow a ++ " " ++ gshow b
instance (GShow a, GShow b) => GShow (a :+: b) where
  gshow (L1 a) = gshow a
  gshow (R1 b) = gshow b
instance (GShow a, Constructor c) => GShow (M1 C c a) where
  gshow m@(M1 a) = "(" ++ conName m ++ (if conIsRecord m then "{rec}" else "") ++ fix (conFixity m) ++ " " ++ gshow a ++ ")"
    where fix Prefix = ""
          fix (Infix as n) = "[infix " ++ show as ++ " " ++ show n ++ "]"
instance (GShow a, Selector s) => GShow (M1 S s a) where
  gshow m@(M1 a) = (if null (selName m) then "" else selName m ++ "=") ++ gshow a ++ show (selSourceUnpackedness m, selSourceStrictness m, selDecidedStrictness m)
instance (GShow a, Datatype d) => GShow (M1 D d a) where
  gshow m@(M1 a) = datatypeName m ++ "@" ++ moduleName m ++ (if isNewtype m then "[newtype]" else "") ++ ":" ++ gshow a
instance Show c => GShow (K1 i c) where gshow (K1 c) = show c

genericShow :: (Generic a, GShow (Rep a)) => a -> String
genericShow = gshow . from

class GCount f where gcount :: f p -> Int
instance GCount U1 where gcount _ = 0
instance GCount (K1 i c) where gcount _ = 1
instance (GCount a, GCount b) => GCount (a :*: b) where gcount (a :*: b) = gcount a + gcount b
instance (GCount a, GCount b) => GCount (a :+: b) where
  gcount (L1 a) = gcount a
  gcount (R1 b) = gcount b
instance GCount a => GCount (M1 i c a) where gcount (M1 a) = gcount a

fields :: (Generic a, GCount (Rep a)) => a -> Int
fields = gcount . from

main :: IO ()
main = do
  mapM_ putStrLn [genericShow Red, genericShow (Point 3 4.5), genericShow (Node Leaf 'x' Leaf), genericShow (1 :+: 2), genericShow (Neg (3 :+: 4)), genericShow (Wrap [Blue])]
  mapM_ putStrLn [genericShow (Just 'j'), genericShow (Left 3 :: Either Int ()), genericShow ('a', True), genericShow [1 :: Int], genericShow (), genericShow LT, genericShow ('x' :| "yz"), genericShow (1 :: Int, 'b', "c")]
  print (map fields [Point 1 2], fields (Node Leaf () Leaf), fields (Just ()), fields (Nothing :: Maybe ()), fields ((), (), (), ()), fields [()], fields True)
  print (to (from (Point 7 8)) :: Point, to (from [Blue, Red]) :: [Color], map (to . from) [minBound .. maxBound :: Color] :: [Color], unWrap (to (from (Wrap [Green]))))
  print (fmap (* 2) (Node (Node Leaf 1 Leaf) 2 (Leaf :: Tree Int)), sum (Node (Node Leaf 1 Leaf) 2 Leaf), traverse (\x -> [x, x + 1]) (Node Leaf (1 :: Int) Leaf))
  print (to1 (from1 (Node Leaf 'q' Leaf)) :: Tree Char, fmap succ (from1 (Just 'a')) `seq` (), to1 (fmap succ (from1 (Just 'a'))) :: Maybe Char, to1 (fmap negate (from1 [1, 2 :: Int])) :: [Int])
  print (U1 == (U1 :: U1 ()), compare (K1 1 :: K1 R Int ()) (K1 2), Par1 'x', fmap succ (Par1 'a'), unPar1 (Par1 3 :: Par1 Int), unRec1 (Rec1 (Just 'r')), unComp1 (Comp1 [Just 'c']), unK1 (K1 'k' :: K1 R Char ()), unM1 (M1 (Par1 'm') :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) Par1 Char))
  print (L1 (Par1 'l') == (L1 (Par1 'l') :: (Par1 :+: Par1) Char), compare (Par1 1 :*: Par1 2) (Par1 1 :*: (Par1 3 :: Par1 Int)), show (R1 (Par1 'r') :: (Par1 :+: Par1) Char), show (Par1 'a' :*: Par1 'b'), show (K1 5 :: K1 R Int ()))
  print (sum (Par1 3 :*: Par1 (4 :: Int)), length (L1 (Par1 'x') :: (Par1 :+: U1) Char), traverse Just (Par1 'p' :*: Par1 'q'), fmap succ (Rec1 "ab"), foldr (:) [] (Comp1 [Par1 'c', Par1 'd']), sum (U1 :: U1 Int), fmap id (K1 'k' :: K1 R Char ()))
  print (U1 <> (U1 :: U1 ()), Par1 "a" <> Par1 "b", K1 "x" <> (K1 "y" :: K1 R String ()), (Par1 "a" :*: Par1 "b") <> (Par1 "c" :*: Par1 "d"), mempty :: Par1 String, mempty :: (Par1 :*: Par1) String)
  print (pure 'p' :: Par1 Char, Par1 succ <*> Par1 'a', Par1 3 >>= \x -> Par1 (x + 1 :: Int), pure 1 :: (Par1 :*: Par1) Int, (Par1 (+ 1) :*: Par1 (* 2)) <*> (Par1 10 :*: Par1 (20 :: Int)), pure 'u' :: Rec1 Maybe Char, pure 'c' :: (Maybe :.: []) Char)
  print (prec (1 :+: 2), prec (Neg (1 :+: 1)), Infix LeftAssociative 6 == Infix LeftAssociative 6, compare Prefix (Infix RightAssociative 1), show (Infix NotAssociative 4), maxBound :: Associativity, [minBound .. maxBound :: SourceStrictness], read "DecidedStrict" :: DecidedStrictness)
  where
    prec :: Op -> Int
    prec x = case from x of M1 (L1 c) -> fixityPrec (conFixity c); M1 (R1 c) -> fixityPrec (conFixity c)
    fixityPrec Prefix = 10
    fixityPrec (Infix _ n) = n

data D1Unit
instance Datatype D1Unit where
  datatypeName _ = "D1Unit"
  moduleName _ = "Main"
  packageName _ = "main"
