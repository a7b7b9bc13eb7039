-- Foldable methods of base's instances at -O1: Compose, Identity, Alt,
-- Arg, Semigroup wrappers, Product/Sum, Proxy, tuples, Either, NonEmpty.
import Data.Foldable
import Data.Functor.Compose
import Data.Functor.Identity
import Data.Functor.Const
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import Data.Monoid (Alt (..), Ap (..), First (..), Last (..))
import qualified Data.Semigroup as SG
import Data.List.NonEmpty (NonEmpty (..))
import Data.Proxy
import Data.Ord (Down (..))
import Control.Exception (try, evaluate, ErrorCall)

{-# NOINLINE report #-}
report :: (Foldable t, Show a, Ord a, Num a) => String -> t a -> IO ()
report name t = do
  putStrLn $ name ++ ": toList=" ++ show (toList t)
  putStrLn $ "  foldr=" ++ show (foldr (:) [] t) ++ " foldl=" ++ show (foldl (flip (:)) [] t)
  putStrLn $ "  foldr'=" ++ show (foldr' (+) 0 t) ++ " foldl'=" ++ show (foldl' (+) 0 t)
  putStrLn $ "  foldMap'=" ++ show (getSum' (foldMap' Sum' t)) ++ " length=" ++ show (length t)
  putStrLn $ "  null=" ++ show (null t) ++ " sum=" ++ show (sum t) ++ " product=" ++ show (product t)
  if null t
    then putStrLn "  (empty)"
    else do
      putStrLn $ "  maximum=" ++ show (maximum t) ++ " minimum=" ++ show (minimum t)
      putStrLn $ "  foldr1=" ++ show (foldr1 (-) t) ++ " foldl1=" ++ show (foldl1 (-) t)

newtype Sum' a = Sum' {getSum' :: a}
instance Num a => Semigroup (Sum' a) where Sum' a <> Sum' b = Sum' (a + b)
instance Num a => Monoid (Sum' a) where mempty = Sum' 0

main :: IO ()
main = do
  report "Compose" (Compose [Just 3, Nothing, Just (4 :: Int), Just 1])
  report "Compose empty" (Compose [Nothing, Nothing :: Maybe Int])
  report "Identity" (Identity (7 :: Int))
  report "Alt" (Alt [5, 2, 9 :: Int])
  report "Ap" (Ap (Just (6 :: Integer)))
  report "First" (First (Just (2 :: Int)))
  report "Last" (Last (Nothing :: Maybe Int))
  report "Arg" (SG.Arg 'x' (10 :: Int))
  report "Min" (SG.Min (3 :: Int))
  report "Max" (SG.Max (8 :: Int))
  report "SG.First" (SG.First (1 :: Int))
  report "SG.Last" (SG.Last (12 :: Int))
  report "Product" (P.Pair [1, 2] (Just (3 :: Int)))
  report "Sum L" (S.InL [4, 5 :: Int] :: S.Sum [] Maybe Int)
  report "Sum R" (S.InR (Just 6) :: S.Sum [] Maybe Int)
  report "Proxy" (Proxy :: Proxy Int)
  report "Const" (Const "x" :: Const String Int)
  report "pair" ("label", 4 :: Int)
  report "Either" (Right 5 :: Either String Int)
  report "Left" (Left "no" :: Either String Int)
  report "NonEmpty" (3 :| [1, 4, 1, 5 :: Int])
  report "Down" (Down (9 :: Int))
  report "Maybe" (Just (2 :: Int))
  print (elem 4 (Compose [Just 3, Just 4 :: Maybe Int]), maximum (Compose [[1, 8], [3 :: Int]]))
  r1 <- try (evaluate (foldl1 (+) (Compose [Nothing, Nothing :: Maybe Int])))
  putStrLn (either (\e -> "foldl1 Compose: " ++ show (e :: ErrorCall)) show r1)
  r2 <- try (evaluate (foldr1 (+) (Compose ([] :: [[Int]]))))
  putStrLn (either (\e -> "foldr1 Compose: " ++ show (e :: ErrorCall)) show r2)
  r3 <- try (evaluate (foldr1 (+) (P.Pair [] (Nothing :: Maybe Int))))
  putStrLn (either (\e -> "foldr1 Product: " ++ show (e :: ErrorCall)) show r3)
