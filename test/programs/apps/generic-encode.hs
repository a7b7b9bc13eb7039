-- A generic encoder written over GHC.Generics (datatype, constructor and
-- selector metadata, sums and products), applied to user records, plus the
-- representation types' own instances (Eq, Ord, Show, Functor, Foldable,
-- Traversable, Applicative, Semigroup/Monoid) and base types' Generic
-- instances (from/to round trips).
{-# LANGUAGE DeriveGeneric, DeriveFunctor, FlexibleContexts, TypeOperators, ScopedTypeVariables, DefaultSignatures, DataKinds, FlexibleInstances #-}
import GHC.Generics
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Identity
import Data.Monoid (Sum (..))

class Encode a where
  encode :: a -> String
  default encode :: (Generic a, GEncode (Rep a)) => a -> String
  encode = gencode . from

instance Encode Int where encode = show
instance Encode Bool where encode b = if b then "T" else "F"
instance Encode Char where encode c = [c]
instance Encode a => Encode [a] where encode xs = "[" ++ concatMap encode xs ++ "]"
instance Encode a => Encode (Maybe a)
instance (Encode a, Encode b) => Encode (Either a b)
instance (Encode a, Encode b) => Encode (a, b)

class GEncode f where gencode :: f p -> String
instance GEncode V1 where gencode _ = "void"
instance GEncode U1 where gencode U1 = "U"
instance (GEncode f, GEncode g) => GEncode (f :+: g) where
  gencode (L1 x) = "L(" ++ gencode x ++ ")"
  gencode (R1 x) = "R(" ++ gencode x ++ ")"
instance (GEncode f, GEncode g) => GEncode (f :*: g) where gencode (a :*: b) = gencode a ++ "," ++ gencode b
instance Encode c => GEncode (K1 i c) where gencode (K1 x) = encode x
instance (Datatype d, GEncode f) => GEncode (M1 D d f) where
  gencode m@(M1 x) = datatypeName m ++ "@" ++ moduleName m ++ "/" ++ packageName m `seq` (datatypeName m ++ "@" ++ moduleName m ++ (if isNewtype m then "(newtype)" else "") ++ "{" ++ gencode x ++ "}")
instance (Constructor c, GEncode f) => GEncode (M1 C c f) where
  gencode m@(M1 x) = conName m ++ (if conIsRecord m then "#rec" else "") ++ showFix (conFixity m) ++ "<" ++ gencode x ++ ">"
    where showFix Prefix = ""; showFix (Infix a n) = "#infix" ++ show (a, n)
instance (Selector s, GEncode f) => GEncode (M1 S s f) where
  gencode m@(M1 x) = (if null (selName m) then "" else selName m ++ "=") ++ show (selSourceUnpackedness m, selSourceStrictness m, selDecidedStrictness m) `seq` ((if null (selName m) then "" else selName m ++ "=") ++ gencode x)

data Shape = Circle {radius :: Int} | Rect {w :: !Int, h :: Int} | Empty deriving (Show, Generic)
instance Encode Shape
data Pair a = a :# a deriving (Show, Generic, Generic1, Functor)
infixl 6 :#
instance Encode a => Encode (Pair a)
newtype Wrap = Wrap {unwrap :: [Bool]} deriving (Show, Generic)
instance Encode Wrap

main :: IO ()
main = do
  mapM_ (putStrLn . encode) [Circle 3, Rect 4 5, Empty]
  putStrLn (encode (1 :# (2 :: Int)))
  putStrLn (encode (Wrap [True, False]))
  putStrLn (encode (Just (Left 'x' :: Either Char Int), [(1 :: Int, True)]))
  -- metadata of base types
  print (datatypeName (from (Just 'c')), moduleName (from [()]), packageName (from True), isNewtype (from (Identity ())))
  print (to (from (Just 'q')) :: Maybe Char, to (from [1, 2 :: Int]) :: [Int], to (from (Left 3 :: Either Int ())) :: Either Int (), to (from ('a', True)) :: (Char, Bool), to (from ((), 1 :: Int, 'x')) :: ((), Int, Char))
  print (to (from (1 :| [2 :: Int])) :: NonEmpty Int, to (from LT) :: Ordering, to (from True) :: Bool, to (from ()) :: (), to (from (Identity 'i')) :: Identity Char, to (from (Sum (3 :: Int))) :: Sum Int)
  print (to1 (from1 (Just 'z')) :: Maybe Char, to1 (from1 [1, 2, 3 :: Int]) :: [Int])
  -- the representation types' instances
  let p1 = Par1 3 :: Par1 Int
      k = K1 'k' :: K1 R Char Int
      m = M1 (Just 5) :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) Maybe Int
      r = Rec1 [1, 2] :: Rec1 [] Int
      pr = (Just 1 :*: [2, 3]) :: (Maybe :*: []) Int
      sm = L1 (Just 4) :: (Maybe :+: []) Int
      cp = Comp1 [Just 1, Nothing] :: ([] :.: Maybe) Int
  print (p1, k, m, r, pr, sm, cp, U1 :: U1 Int)
  print (fmap (* 2) p1, fmap succ k, fmap negate m, fmap (+ 1) r, fmap show pr, fmap (> 3) sm, fmap (+ 10) cp)
  print (sum p1, length r, foldr (:) [] pr, maximum sm, sum cp, null (U1 :: U1 Int), foldMap (\x -> [x]) m, length k)
  print (traverse Just p1, traverse (\x -> [x, x]) r, sequenceA (fmap Just pr), traverse Just cp, traverse Just (U1 :: U1 Int))
  print (p1 == Par1 3, compare r (Rec1 [1]), pr == pr, sm < R1 [1], k == K1 'k', m <= m, cp == cp, U1 == (U1 :: U1 ()))
  print (pure 7 :: Par1 Int, (pure 1 :: Rec1 Maybe Int), Par1 (+ 1) <*> p1, (Just (+ 1) :*: [(* 2)]) <*> pr, (pure 'u' :: U1 Char), liftA2' (+) cp (Comp1 [Just 10]))
  print (Par1 [1 :: Int] <> Par1 [2], (mempty :: Par1 String), Rec1 (Just [1 :: Int]) <> Rec1 Nothing, (Just "a" :*: ["b"]) <> (Nothing :*: ["c"]), K1 "x" <> (K1 "y" :: K1 R String ()), Comp1 [Just [1 :: Int]] <> Comp1 [Nothing])
  print (unPar1 p1, unK1 k, unM1 m, unRec1 r, unComp1 cp, [minBound .. maxBound :: Associativity], Infix LeftAssociative 3 == Infix LeftAssociative 3)
  print (read "Par1 {unPar1 = 5}" :: Par1 Int, read "K1 {unK1 = 'z'}" :: K1 R Char (), read "L1 (Just 1)" :: (Maybe :+: Maybe) Int, read "Comp1 {unComp1 = [Just 2]}" :: ([] :.: Maybe) Int, read "U1" :: U1 ())
  where
    liftA2' f a b = f <$> a <*> b
