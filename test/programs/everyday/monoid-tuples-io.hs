-- Data.Monoid / Data.Semigroup newtypes, Monoid of tuples and of IO, Writer-style (,) monad
import Data.Monoid
import qualified Data.Semigroup as S
import Data.Semigroup (Max (..), Min (..), sconcat, stimes)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Foldable (foldMap)

logStep :: Int -> (String, Int)
logStep x = ("step " ++ show x ++ "; ", x * 2)

main :: IO ()
main = do
  print (getSum (foldMap Sum [1 .. 10 :: Int]), getProduct (foldMap Product [1 .. 6 :: Int]))
  print (getAll (foldMap (All . even) [2, 4 :: Int]), getAny (foldMap (Any . odd) [2, 4 :: Int]))
  print (getFirst (First (Just 1) <> First Nothing <> First (Just (3 :: Int))), getLast (foldMap (Last . Just) "abc"))
  print (appEndo (foldMap Endo [(+ 1), (* 2), subtract 3]) (10 :: Int), getDual (Dual "ab" <> Dual "cd"))
  print (getAlt (Alt Nothing <> Alt (Just 'x')), getAp (Ap (Just "a") <> Ap (Just "b")))
  print (Sum 3 <> Sum (4 :: Int), Product 2 <> mempty :: Product Int, mconcat [All True, All False], mempty :: Any)
  print (Max 3 <> Max (7 :: Int), Min 'q' <> Min 'c', sconcat (Max 1 :| [Max 5, Max (2 :: Int)]), stimes (3 :: Int) (Sum (5 :: Int)))
  print (S.First 'a' <> S.First 'b', S.Last 'a' <> S.Last 'b', stimes (4 :: Int) "ab", stimes (0 :: Int) (Product (9 :: Int)))
  print (("ab", [1 :: Int]) <> ("cd", [2]), mempty :: (String, [Int]), mconcat [("a", Sum (1 :: Int)), ("b", Sum 2)])
  print (("a", "b", "c") <> ("d", "e", "f"), mempty :: (String, String, String, String), ("a", "b", "c", "d", "e") <> ("1", "2", "3", "4", "5"))
  print (logStep 1 >>= logStep >>= logStep, fmap (+ 1) ("w", 5 :: Int), pure 7 :: (String, Int))
  print (("f", (+ 1)) <*> ("x", 41 :: Int), (,) <$> ("a", 1 :: Int) <*> ("b", 'c'), ("1", 'a') *> ("2", 'b'), ("1", 'a') <* ("2", 'b'))
  print (sequence [("a", 1), ("b", 2 :: Int)], traverse logStep [1, 2, 3], mapM_ logStep [4, 5])
  r <- (putStr "io1 " >> return "x") <> (putStr "io2 " >> return "y")
  print r
  m <- mempty :: IO String
  print m
  n <- mconcat [return [1], return [2, 3 :: Int]]
  print n
  print (getSum (foldMap (\(a, b) -> Sum (a * b)) (zip [1 .. 5] [6 .. 10 :: Int])), foldMap (\x -> (Sum x, Product x, Max x, Min x)) [3, 1, 4, 1, 5 :: Int])
  print (S.getMax (foldMap S.Max (3 :| [9, 2 :: Int])), compare (Sum 1) (Sum (2 :: Int)), Sum 1 == Sum (1 :: Int), show (First (Just 'z')))
  print (fmap (* 2) (Sum 3), (+ 1) <$> Product (4 :: Int), pure 5 :: Sum Int, Sum (+ 1) <*> Sum (2 :: Int), Sum 3 >>= \x -> Sum (x + 1 :: Int))
  print (foldr (\x acc -> x : acc) [] (Dual 'd'), sum (Max (4 :: Int)), length (First (Just 'f')), maximum (Product (6 :: Int)))
