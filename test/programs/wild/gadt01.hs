{-# LANGUAGE GADTs, KindSignatures, RankNTypes, TypeFamilies, DataKinds, ScopedTypeVariables, ExistentialQuantification #-}
import Data.Kind (Type)
import Data.List (sortBy)
import Data.Ord (comparing, Down(..))

data Expr :: Type -> Type where
  IntE  :: Int -> Expr Int
  BoolE :: Bool -> Expr Bool
  Add   :: Expr Int -> Expr Int -> Expr Int
  If    :: Expr Bool -> Expr a -> Expr a -> Expr a
  Eq    :: Expr Int -> Expr Int -> Expr Bool
  Pair  :: Expr a -> Expr b -> Expr (a, b)
  Fst   :: Expr (a, b) -> Expr a

eval :: Expr a -> a
eval (IntE n) = n
eval (BoolE b) = b
eval (Add a b) = eval a + eval b
eval (If c t e) = if eval c then eval t else eval e
eval (Eq a b) = eval a == eval b
eval (Pair a b) = (eval a, eval b)
eval (Fst p) = fst (eval p)

size :: Expr a -> Int
size (Add a b) = 1 + size a + size b
size (If c t e) = 1 + size c + size t + size e
size (Eq a b) = 1 + size a + size b
size (Pair a b) = 1 + size a + size b
size (Fst p) = 1 + size p
size _ = 1

-- rank-N
applyAll :: (forall x. [x] -> [x]) -> ([Int], String) -> ([Int], String)
applyAll f (a, b) = (f a, f b)

newtype Church = Church (forall a. (a -> a) -> a -> a)
toInt :: Church -> Int
toInt (Church n) = n (+ 1) 0
suc :: Church -> Church
suc (Church n) = Church (\f x -> f (n f x))
zero :: Church
zero = Church (\_ x -> x)

-- type families
type family Elem c where
  Elem [e] = e
  Elem (Maybe e) = e

class Collection c where
  cinsert :: Elem c -> c -> c
  ctoList :: c -> [Elem c]

instance Collection [a] where
  cinsert = (:)
  ctoList = id

data family Vec a
data instance Vec Int = VInt [Int] deriving Show
newtype instance Vec Bool = VBool Integer deriving Show

class Shape s where
  area :: s -> Double
  name :: s -> String
data Sq = Sq Double
data Ci = Ci Double
instance Shape Sq where { area (Sq a) = a * a; name _ = "square" }
instance Shape Ci where { area (Ci r) = 3 * r * r; name _ = "circle" }
data SomeShape where
  SomeShape :: Shape s => s -> SomeShape

data Nat = Z | S Nat
data Vect (n :: Nat) a where
  VNil :: Vect 'Z a
  VCons :: a -> Vect n a -> Vect ('S n) a

vhead :: Vect ('S n) a -> a
vhead (VCons x _) = x
vtoList :: Vect n a -> [a]
vtoList VNil = []
vtoList (VCons x xs) = x : vtoList xs

main :: IO ()
main = do
  let e = If (Eq (Add (IntE 2) (IntE 3)) (IntE 5)) (Pair (IntE 1) (BoolE True)) (Pair (IntE 0) (BoolE False))
  print (eval e, size e, eval (Fst e))
  print (applyAll reverse ([1, 2, 3], "abc"))
  print (applyAll (take 2) ([1, 2, 3], "abc"))
  print (toInt (iterate suc zero !! 7))
  print (ctoList (cinsert (5 :: Int) [6, 7]))
  print (VInt [1, 2], VBool 5)
  let shapes = [SomeShape (Sq 2), SomeShape (Ci 1), SomeShape (Sq 1.5)]
  mapM_ (\(SomeShape s) -> putStrLn (name s ++ " " ++ show (area s))) (sortBy (comparing (\(SomeShape s) -> Down (area s))) shapes)
  let v = VCons 'a' (VCons 'b' VNil)
  print (vhead v, vtoList v)
