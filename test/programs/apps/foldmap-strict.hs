-- Strict monoidal folds (foldMap') over nested and wrapped containers:
-- Compose, Alt and Ap, as a report summing and collecting their elements.
import Data.Foldable (foldMap', toList)
import Data.Functor.Compose
import Data.Monoid

main :: IO ()
main = do
  print (foldMap' Sum (Compose [Just 1, Nothing, Just (2 :: Int)]), foldMap' (: []) (Compose (Just [3, 4 :: Int])))
  print (foldMap' Product (Alt (Just (5 :: Int))), foldMap' (\x -> [x, x]) (Alt "ab"))
  print (foldMap' Sum (Ap [1, 2, 3 :: Int]), foldMap' show (Ap (Right 7 :: Either String Int)))
  print (toList (Compose [[1], [2, 3 :: Int]]), sum (Alt [4, 5 :: Int]), product (Ap (Just (6 :: Int))))
