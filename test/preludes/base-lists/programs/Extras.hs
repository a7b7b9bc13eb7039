-- Monoid newtypes (Sum, Product, All, Any, First, Last, Max, Min, Endo),
-- Identity, NonEmpty and more Data.List/Control.Monad functions.
import Data.List
import Data.Char
import Data.Maybe
import Data.Ord
import Data.Function
import Data.Monoid
import qualified Data.Semigroup as S
import Control.Monad
import Data.Foldable (for_, traverse_, foldl', toList)
import Data.Traversable (for)
import System.IO
import Data.Functor.Identity
import qualified Data.List.NonEmpty as NE

main :: IO ()
main = do
  let xs = [5, 3, 8, 1 :: Int]
  print (sortBy (comparing Down) xs, maximumBy (comparing snd) (zip xs "abcd"), groupBy ((==) `on` (`div` 3)) xs)
  print (getSum (foldMap Sum xs), getProduct (foldMap Product xs), getAll (foldMap (All . even) xs), getAny (foldMap (Any . even) xs))
  print (getFirst (First (Just 1) <> First Nothing <> First (Just (3 :: Int))), getLast (Last (Just 1) <> Last (Just (2 :: Int))))
  print (S.getMax (S.Max 3 <> S.Max (5 :: Int)), S.getMin (foldr1 (<>) (map S.Min xs)), appEndo (Endo (+ 1) <> Endo (* 2)) (5 :: Int))
  print (iterate' (* 2) 1 !! 10 :: Int, scanl' (+) 0 xs, foldl1' max xs, zipWith3 (,,) xs xs xs, lookup 3 (zip xs [1 :: Int ..]))
  print (runIdentity (mapM (Identity . (+ 1)) xs), NE.toList (NE.fromList xs), NE.head (5 NE.:| []))
  print (words . map toUpper $ "hi there", concat <$> mapM (\x -> Just [x]) xs, sequence (Just [1 :: Int]), and <$> Just [True])
  print (elem 3 xs, all isDigit "123", any isSpace "a b", splitAt 2 xs)
  print (lines <$> Just "a\nb", mapM_ Just xs, zip [1 :: Int ..] "ab")
  print (insertBy (comparing negate) 4 xs, deleteBy (\a b -> a == b + 1) 4 xs, unionBy ((==) `on` (`mod` 3)) xs [9], intersectBy (==) xs [1])
  print (zip3 xs xs xs)
  print (foldr (\x k acc -> k (acc + x)) id xs 0, foldl (flip (:)) [] xs, maybe 0 (+ 1) (find even xs))
  print (fromMaybe 0 (listToMaybe xs), lookup (toEnum 98 :: Char) (zip "ab" xs))
  print (replicateM 2 [0, 1 :: Int], sequence_ [Just 1, Just 2], msum [Nothing, Just 3 :: Maybe Int], mconcat (map show xs), mempty :: Sum Int)
  forever (do { l <- getLine; when (l == "q") (ioError (userError "quit")); putStrLn l }) `seq` return ()
  hPutStrLn stderr "x"
  print =<< return (length xs)
  mapM_ (putStrLn . show) (take 2 xs)
  print $ flip map xs $ \x -> x * 2
  print (foldM (\a x -> [a + x]) 0 xs, zipWithM (\a b -> Just (a + b)) xs xs, liftM2 (+) [1] [2 :: Int], ap [succ] "a")
