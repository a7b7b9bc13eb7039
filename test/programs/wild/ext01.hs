{-# LANGUAGE LambdaCase, MultiWayIf, RecordWildCards, NamedFieldPuns, TupleSections, ViewPatterns, PatternSynonyms, BangPatterns, DerivingVia, DeriveAnyClass, StandaloneDeriving, DeriveGeneric, TypeApplications, ScopedTypeVariables, FunctionalDependencies, FlexibleInstances, TypeOperators #-}
import Data.List (sortOn, stripPrefix, foldl')
import Data.Monoid (Sum(..))
import GHC.Generics (Generic)
import Data.Typeable
import qualified Data.Map as M

data Person = Person { pname :: String, age :: Int, email :: String }

greet :: Person -> String
greet Person{..} = pname ++ " (" ++ show age ++ ") <" ++ email ++ ">"

older :: Person -> Person
older p@Person{age} = p { age = age + 1 }

classify :: Int -> String
classify n = if | n < 0 -> "neg" | n == 0 -> "zero" | n < 10 -> "small" | otherwise -> "big"

cmd :: String -> String
cmd (stripPrefix "say " -> Just rest) = "said " ++ rest
cmd (words -> [a, b]) = "two words: " ++ b ++ " " ++ a
cmd _ = "?"

pattern Pair :: a -> b -> (a, b)
pattern Pair x y = (x, y)

pattern Zero :: Int
pattern Zero = 0

newtype Score = Score Int deriving (Show) deriving (Semigroup, Monoid) via (Sum Int)

data T = T Int Bool deriving (Generic)
deriving instance Show T
deriving instance Eq T

class Container f e | f -> e where
  empty :: f
  insert :: e -> f -> f
  toL :: f -> [e]
newtype IntBag = IntBag [Int]
instance Container IntBag Int where
  empty = IntBag []
  insert x (IntBag xs) = IntBag (x : xs)
  toL (IntBag xs) = xs

mean :: [Double] -> Double
mean = go 0 0 where
  go !s !n [] = s / fromIntegral (n :: Int)
  go !s !n (x : xs) = go (s + x) (n + 1) xs

main :: IO ()
main = do
  let p = Person { pname = "Zoe", age = 30, email = "z@x.org" }
  putStrLn (greet p)
  putStrLn (greet (older p))
  mapM_ (putStrLn . classify) [-5, 0, 7, 100]
  mapM_ (putStrLn . cmd) ["say hi", "foo bar", "x y z"]
  mapM_ (\case { Pair a Zero -> putStrLn (a ++ " zero"); Pair a n -> putStrLn (a ++ show n) }) [("a", 0), ("b", 2)]
  print (mconcat [Score 1, Score 2, Score 39])
  print (T 1 True, T 1 True == T 1 False)
  print (toL (insert 3 (insert 4 (empty :: IntBag))))
  print (mean [1, 2, 3, 4])
  print (map (,True) [1, 2 :: Int])
  print (read @Int "77", show @Double 1.5)
  print (typeOf (1 :: Int), typeOf "s", typeOf (Just [True]), typeRep (Proxy :: Proxy (M.Map Int String)))
  print (cast (1 :: Int) :: Maybe Int, cast 'c' :: Maybe Int, eqT :: Maybe (Int :~: Int))
