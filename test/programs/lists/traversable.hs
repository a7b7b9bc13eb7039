import Data.Traversable
import Data.Foldable (toList)
import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Identity

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving Show

instance Functor Tree where
  fmap = fmapDefault

instance Foldable Tree where
  foldMap = foldMapDefault

instance Traversable Tree where
  traverse _ Leaf = pure Leaf
  traverse f (Node l x r) = Node <$> traverse f l <*> f x <*> traverse f r

newtype Box a = Box a deriving Show
instance Functor Box where fmap f (Box a) = Box (f a)
instance Foldable Box where foldr f z (Box a) = f a z
-- only sequenceA: traverse, mapM, sequence are defaults
instance Traversable Box where sequenceA (Box fa) = fmap Box fa

tree :: Tree Int
tree = Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)

half :: Int -> Maybe Int
half x = if even x then Just (x `div` 2) else Nothing

main :: IO ()
main = do
  print (traverse half [2, 4, 6], traverse half [2, 3], sequenceA [Just 1, Just (2 :: Int)], sequence [[1, 2], [3, 4 :: Int]])
  print (mapM half [10, 20], forM [1, 2 :: Int] (\x -> [x, -x]), for (Just 4) half, for (Just 5) half)
  print (traverse half (Just 8), traverse half (Nothing :: Maybe Int), traverse half (Right 4 :: Either String Int), traverse half (Left "e" :: Either String Int))
  print (traverse half ('k', 6), sequenceA ("s", Just 'x'), sequence (Right [1, 2 :: Int] :: Either () [Int]))
  print (fmap (* 10) tree, sum tree, toList tree, traverse (\x -> if x > 0 then Right x else Left x) tree)
  print (mapAccumL (\a x -> (a + x, a)) 0 tree, mapAccumR (\a x -> (a + x, a)) 0 tree)
  print (mapAccumL (\a x -> (a + 1, x * a)) 1 (Just 5 :: Maybe Int), mapAccumR (\a x -> (a ++ x, length a)) "" ["ab", "c"])
  print (traverse (\x -> [x]) (Box (0 :: Int)), mapM (\x -> Just (x + 1)) (Box (1 :: Int)), sequence (Box [1, 2 :: Int]), traverse (: []) (Box 'z'))
  let ne = 1 :| [2, 3 :: Int]
  print (traverse half (2 :| [4]), traverse half ne, sequenceA (Just 1 :| [Just (2 :: Int)]), mapAccumL (\a x -> (a + x, a)) 0 ne)
  print (runIdentity (traverse (Identity . show) [1, 2, 3 :: Int]), fmapDefault succ "abc", foldMapDefault show [1, 2 :: Int])
  r <- traverse (\x -> do print x; return (x * 2)) [1, 2, 3 :: Int]
  print r
  r2 <- for (Node Leaf 'a' (Node Leaf 'b' Leaf)) (\c -> do putStr [c]; return (fromEnum c))
  putStrLn "" >> print r2
  mapM_ print =<< mapM (return . negate) (Just (3 :: Int))
  print =<< sequence [return 'a', return 'b']
  print (sequenceA [[1, 2], [3 :: Int]], traverse (\x -> [x, x + 1]) [10, 20 :: Int])
  print (fmap length (sequenceA (replicate 3 "ab")))
