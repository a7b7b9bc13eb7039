{-# LANGUAGE RecordWildCards, NamedFieldPuns #-}
-- Records: field selectors, update syntax, RecordWildCards, NamedFieldPuns,
-- show of records with negative fields and operator constructors.
module Main (main) where

import Data.List (sortOn)

data Employee = Employee
  { empName :: String
  , empAge :: Int
  , salary :: Double
  , manager :: Maybe Employee
  } deriving (Show, Eq)

data V2 = V2 { vx :: Int, vy :: Int } deriving (Show, Eq, Ord)

data Expr = Lit Int | Expr :+: Expr | Expr :*: Expr | Neg { inner :: Expr }
  deriving Show
infixl 6 :+:
infixl 7 :*:

data Op = Int :-> Int deriving (Show, Read, Eq)

data Config = Config { verbose :: Bool, level :: Int, tag :: String } deriving (Show, Read)

describe :: Employee -> String
describe Employee{..} = empName ++ " (" ++ show empAge ++ ")" ++ maybe "" (\Employee{empName = b} -> " reports to " ++ b) manager

raise :: Double -> Employee -> Employee
raise pct e@Employee{salary} = e { salary = salary * (1 + pct / 100) }

mkV :: Int -> Int -> V2
mkV vx vy = V2 {..}

norm1 :: V2 -> Int
norm1 V2{vx, vy} = abs vx + abs vy

main :: IO ()
main = do
  let boss = Employee { empName = "Ada", empAge = 36, salary = 1000, manager = Nothing }
      bob = Employee "Bob" 28 750.5 (Just boss)
  putStrLn (describe bob)
  print (raise 10 bob)
  print (map empName (sortOn salary [boss, bob]))
  print (mkV (-3) 4, norm1 (mkV (-3) 4), V2 { vy = -1, vx = -2 })
  print (Just (mkV 0 (-5)))
  print (Lit 1 :+: Lit 2 :*: Neg (Lit (-3)))
  print (Neg { inner = Lit (-7) })
  print [(-1) :-> 2, 3 :-> (-4)]
  print (read "(-1) :-> 5" :: Op)
  print (read "Config { verbose = True, level = -2, tag = \"x\" }" :: Config)
  print (showsPrec 11 (mkV 1 2) "")
  print (bob { manager = Nothing } == bob, vx (mkV 9 8))
