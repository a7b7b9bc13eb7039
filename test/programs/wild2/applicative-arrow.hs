-- Control.Applicative and Control.Arrow in everyday code: ZipList, liftA2,
-- <**>, Alternative for Maybe/list, arrow combinators on functions,
-- Kleisli arrows, and a custom MonadFail instance.
module Main (main) where

import Control.Applicative
import Data.Foldable (asum)
import Control.Arrow
import Control.Monad
import qualified Control.Monad.Fail as Fail
import Data.Char (isUpper, toLower)

newtype Result a = Result (Either String a) deriving Show
instance Functor Result where fmap f (Result e) = Result (fmap f e)
instance Applicative Result where
  pure = Result . Right
  Result f <*> Result a = Result (f <*> a)
instance Monad Result where
  Result (Left e) >>= _ = Result (Left e)
  Result (Right a) >>= f = f a
instance Fail.MonadFail Result where
  fail = Result . Left . ("failed: " ++)

pairUp :: [Int] -> Result (Int, Int)
pairUp xs = do
  [a, b] <- return xs
  return (a, b)

main :: IO ()
main = do
  print (getZipList (liftA2 (+) (ZipList [1, 2, 3]) (ZipList [10, 20, 30 :: Int])))
  print (getZipList ((,,) <$> ZipList "abc" <*> ZipList [1 :: Int ..] <*> ZipList [True, False]))
  print (liftA2 (,) [1, 2 :: Int] "xy", Just 3 <**> Just (+ (1 :: Int)), (+) <$> Just 1 <*> Nothing :: Maybe Int)
  print (Nothing <|> Just 1 <|> Just (2 :: Int), empty :: [Int], [1, 2] <|> [3 :: Int], asum [Nothing, Just 'q'])
  print (liftA3 (\a b c -> a + b * c) (Just 1) (Just 2) (Just (3 :: Int)), Just 5 <* Just (), Just 5 *> Nothing :: Maybe ())
  let stats = (minimum &&& maximum) >>> (\(lo, hi) -> hi - lo)
  print (stats [3, 9, 1, 7 :: Int])
  print ((length *** map toLower) ("abc", "XYZ"), first (+ 1) (1 :: Int, 'x'), second show ('y', 2 :: Int))
  print (((+ 1) >>> (* 2)) (5 :: Int), ((+ 1) <<< (* 2)) (5 :: Int), (fst &&& uncurry (+)) (3, 4 :: Int))
  print (left (+ 1) (Left 1 :: Either Int Char), right succ (Right 'a' :: Either Int Char), (show ||| reverse) (Left 12 :: Either Int String))
  let safeRecip = Kleisli (\x -> if x == 0 then Nothing else Just (1 / x :: Double))
      safeSqrt = Kleisli (\x -> if x < 0 then Nothing else Just (sqrt x))
  print (runKleisli (safeRecip >>> safeSqrt) 4, runKleisli (safeRecip >>> safeSqrt) 0, runKleisli (safeRecip >>> safeSqrt) (-4))
  print (pairUp [1, 2], pairUp [1, 2, 3])
  print (filter (isUpper . fst) (zip "aBcD" [1 :: Int ..]), join (Just (Just 'j')), (>=>) (\x -> [x, x + 1]) (\y -> [y * 10]) (1 :: Int))
  print (optional (Just 3 :: Maybe Int), optional (Nothing :: Maybe Int), zipWithM (\a b -> if b /= 0 then Just (a `div` b) else Nothing) [10, 20] [2, 5 :: Int])
  print (foldM (\acc x -> if x > 0 then Right (acc + x) else Left ("bad " ++ show x)) 0 [1, 2, -3, 4 :: Int])
  print (mapM_ (\x -> if x then Just () else Nothing) [True, True], sequence_ [Just 1, Nothing :: Maybe Int], replicateM_ 0 (Nothing :: Maybe ()))
