{-# LANGUAGE FlexibleContexts, FlexibleInstances, TypeOperators #-}
-- Module dependency analysis: strongly connected components compared and
-- shown through the lifted classes (Eq1/Show1), taken apart generically;
-- rose trees compared with Eq1/Ord1, built knot-tied with mfix, and
-- flattened through their generic representation.
import Data.Graph
import Data.Tree
import Data.Functor.Classes
import Data.Functor.Compose
import Control.Monad.Fix (mfix)
import GHC.Generics
import Data.List (sortBy)
import Data.Ord (comparing)
import Text.Show (showListWith)

-- constructor names and field counts of any generic value
class Shape f where
  shape :: f p -> (String, Int)
instance Shape f => Shape (M1 D d f) where
  shape (M1 x) = shape x
instance (Shape f, Shape g) => Shape (f :+: g) where
  shape (L1 x) = shape x
  shape (R1 x) = shape x
instance (Constructor c, Fields f) => Shape (M1 C c f) where
  shape m@(M1 x) = (conName m, fields x)

class Fields f where
  fields :: f p -> Int
instance Fields f => Fields (M1 S s f) where
  fields (M1 x) = fields x
instance (Fields f, Fields g) => Fields (f :*: g) where
  fields (a :*: b) = fields a + fields b
instance Fields (K1 i c) where
  fields _ = 1
instance Fields Par1 where
  fields _ = 1
instance Fields (Rec1 f) where
  fields _ = 1
instance Fields (f :.: g) where
  fields _ = 1
instance Fields U1 where
  fields _ = 0

-- the labels of a rose tree, gathered through its Generic1 view
labels :: Tree a -> [a]
labels t = case from1 t of
  M1 (M1 (M1 (Par1 x) :*: M1 (Comp1 kids))) -> x : concatMap (labels . unRec1) kids

modules :: [(String, String, [String])]
modules =
  [ ("Main", "main", ["parse", "eval", "util"]),
    ("Parse", "parse", ["lex", "util"]),
    ("Lex", "lex", ["util"]),
    ("Eval", "eval", ["env", "value"]),
    ("Env", "env", ["value", "eval"]),
    ("Value", "value", ["env", "util"]),
    ("Util", "util", [])
  ]

sameComponent :: SCC String -> SCC String -> Bool
sameComponent = liftEq (\a b -> take 1 a == take 1 b)

main :: IO ()
main = do
  let comps = stronglyConnComp modules
  mapM_ (\c -> putStrLn (showsPrec1 11 c "")) comps
  print (map (\c -> shape (from c)) comps)
  print (map (\c -> shape (from1 c)) comps)
  print (map flattenSCC (map (to . from) comps :: [SCC String]))
  print (map (flattenSCC . to1 . from1) comps :: [[String]])
  print (eq1 (AcyclicSCC 'a') (AcyclicSCC 'a'), eq1 (CyclicSCC "ab") (CyclicSCC "ba"), eq1 (AcyclicSCC 'x') (CyclicSCC "x"))
  print [sameComponent a b | a <- take 3 comps, b <- take 3 comps]
  print (Compose [AcyclicSCC (Just 1), CyclicSCC [Nothing, Just (2 :: Int)]])
  putStrLn (liftShowsPrec (\d n -> showParen (d > 10) (showString "Mod " . shows n)) (showListWith shows) 0 (CyclicSCC [1, 2 :: Int]) "")
  -- trees
  let t1 = Node 1 [Node 2 [Node 4 []], Node 3 []] :: Tree Int
      t2 = Node 1 [Node 2 [Node 5 []], Node 3 []] :: Tree Int
      t3 = fmap (* 2) t1
  print (eq1 t1 t1, eq1 t1 t2, compare1 t1 t2, compare1 t2 t1, compare1 t1 t1)
  print (liftEq (\a b -> a `mod` 2 == b `mod` 2) t1 t3, liftCompare (comparing negate) t1 t2)
  print (map flatten (sortBy compare1 [t2, t1, t3]), map (fmap flatten . getCompose) (sortBy compare1 [Compose (Just t2), Compose (Just t1), Compose Nothing]))
  print (shape (from t1), shape (from1 (Node 'x' [])), labels t1, labels (Node 'r' [Node 's' [], Node 't' [Node 'u' []]]))
  print (to (from t2) == t2, fmap negate (to1 (from1 t3) :: Tree Int))
  -- knot-tied trees: each node's label is the total of the root's finished labels
  let tied = mfix (\xs -> Node (1 : map (* 2) (take 3 xs)) [Node (7 : take 2 xs) [], Node [length (take 4 xs)] []])
  putStr (drawTree (fmap show tied))
  print (fmap (take 4) (mfix (\x -> Node (0 : x) [Node (1 : x) []])))
  print (levels (unfoldTree (\n -> (n, [m | m <- [2 * n, 2 * n + 1], m < 12])) 1))
  print (map (fmap (length . flatten)) (map (\c -> case c of AcyclicSCC v -> Left v; CyclicSCC vs -> Right (Node vs [])) comps))
