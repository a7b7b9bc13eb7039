{-# LANGUAGE DeriveDataTypeable, OverloadedLists, RecursiveDo, Arrows, ImplicitParams, GeneralizedNewtypeDeriving, DerivingStrategies, DuplicateRecordFields, QuasiQuotes, NumericUnderscores, BinaryLiterals, EmptyCase, InstanceSigs, PolyKinds, ConstraintKinds, KindSignatures, RankNTypes #-}
import Data.Data
import qualified Data.Map as M
import qualified Data.Set as S
import Control.Monad.Fix
import Control.Arrow
import Data.IORef
import GHC.Exts (IsList(..))
import Data.Kind (Type, Constraint)

data Expr = Lit Int | Add Expr Expr | Mul Expr Expr | Neg Expr deriving (Show, Data, Typeable)

-- generic traversal with Data: count literals, simplify
countLits :: Data a => a -> Int
countLits x = (case cast x of Just (Lit _) -> 1; _ -> 0) + sum (gmapQ countLits x)

everywhere' :: (forall a. Data a => a -> a) -> (forall a. Data a => a -> a)
everywhere' f = f . gmapT (everywhere' f)

simp :: Data a => a -> a
simp x = case cast x of
  Just (Neg (Neg e)) -> maybe x id (cast e)
  _ -> x

newtype Meters = Meters Double deriving newtype (Show, Num, Eq, Ord, Fractional)
newtype Count = Count Int deriving stock (Show) deriving newtype (Enum)

data P1 = P1 { name :: String, size :: Int } deriving Show
data P2 = P2 { name :: String, weight :: Double } deriving Show

data Node = Node { val :: Int, nxt :: Node }

addA :: Arrow a => a b Int -> a b Int -> a b Int
addA f g = proc x -> do
  y <- f -< x
  z <- g -< x
  returnA -< y + z

greet :: (?prefix :: String) => String -> String
greet n = ?prefix ++ n

type ShowNum (a :: Type) = (Show a, Num a) :: Constraint
double :: ShowNum a => a -> String
double x = show (x * 2)

main :: IO ()
main = do
  let e = Add (Lit 1) (Mul (Neg (Neg (Lit 2))) (Lit 3))
  print (countLits e, toConstr e, dataTypeName (dataTypeOf e), map show (dataTypeConstrs (dataTypeOf e)))
  print (everywhere' simp e)
  print (constrFields (toConstr (Lit 1)), gmapQ (const ()) (Add (Lit 1) (Lit 2)))
  let m = [(1, "one"), (2, "two")] :: M.Map Int String
      s = [3, 1, 2] :: S.Set Int
  print (m, s, toList s, fromList [5, 4] :: S.Set Int)
  rec let n1 = Node 1 n2
      n2 <- return (Node 2 n1)
  print (map val (take 5 (iterate nxt n1)))
  r <- mfix (\xs -> return (1 : map (* 2) (take 4 xs)))
  print (r :: [Int])
  print (addA (arr (* 2)) (arr (+ 10)) 5)
  let ?prefix = "Dr. " in putStrLn (greet "Who")
  print (Meters 1.5 + Meters 2 / 2, map fromEnum [Count 1 .. Count 3])
  print (P1 { name = "x", size = 2 }, P2 { name = "y", weight = 1.5 })
  print (1_000_000 :: Int, 0b1011 :: Int, double (21 :: Int))
  print (typeRep (Proxy :: Proxy Maybe), typeOf (M.empty :: M.Map Int Bool))
