-- Instances for functions ((->) r) and pairs: Functor/Applicative/Monad,
-- Semigroup (comparing f <> comparing g), Foldable/Traversable of (,).
import Data.List
import Data.Ord
import Control.Monad
main :: IO ()
main = do
  print (sortBy (comparing snd <> comparing fst) [(2 :: Int, 'b'), (1, 'b'), (3, 'a')])
  print (fmap (+ 1) (True, 3 :: Int), ((+) <$> (* 2) <*> (+ 1)) (5 :: Int), join (,) 'x', (fmap (* 2) (+ 1)) (3 :: Int))
  print (traverse (\x -> [x]) ('k', 2 :: Int), sum (True, 5 :: Int), length ((), 'a'), (do { a <- (* 2); b <- (+ 10); return (a + b) }) (3 :: Int))
  print (mconcat [Just [1 :: Int], Nothing], (mempty, "x") <> ("a", "y"), minimum (Just 'z'), foldMap (\x -> [x, x]) (Just 'q'))
  print (sequence_ (Just (Just ())), concatMap show (Just (5 :: Int)), zip (words "a b") (lines "c\nd"), lookup 2 [(1 :: Int, "a")])
