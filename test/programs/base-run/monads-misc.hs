-- The everyday combinators: Control.Monad (foldM, zipWithM, filterM,
-- replicateM, mapAndUnzipM, forever with an exit, mfilter, <=<, join, ap,
-- liftM2), IORef updates, Maybe/Either utilities, Bifunctor, Arrow on
-- functions and Kleisli, Contravariant predicates, Void, Version, coerce,
-- Data.Function, Data.Functor operators, MonadFail in Maybe/list.
import Control.Arrow
import Control.Monad
import Data.Bifunctor (bimap)
import qualified Data.Bifunctor as B
import Data.Coerce (coerce)
import Data.Either
import Data.Function ((&), on, fix)
import Data.Functor ((<&>), ($>), void)
import Data.Functor.Contravariant
import Data.IORef
import Data.Maybe
import Data.Monoid (Sum (..))
import Data.Version
import Data.Void
import Text.ParserCombinators.ReadP (readP_to_S)

safeDiv :: Int -> Int -> Either String Int
safeDiv _ 0 = Left "div by zero"
safeDiv a b = Right (a `div` b)

main :: IO ()
main = do
  r <- foldM (\acc x -> do putStrLn ("acc " ++ show acc); return (acc * x)) 1 [1 .. 5 :: Int]
  zs <- zipWithM (\a b -> return (a + b)) [1, 2, 3] [10, 20 :: Int]
  zipWithM_ (\i s -> putStrLn (show i ++ ": " ++ s)) [1 :: Int ..] ["one", "two"]
  print (r, zs, filterM (const [True, False]) [1, 2 :: Int], replicateM 2 "ab", mapAndUnzipM (\x -> Just (x, x * 2)) [1, 2 :: Int])
  print (foldM safeDiv 1000 [2, 5], foldM safeDiv 1000 [2, 0, 5], sequence [Just 1, Just (2 :: Int)], mapM (\x -> if x > 0 then Right x else Left x) [1, -2, 3 :: Int])
  print (join [[1], [2, 3 :: Int]], join (Just (Just 'j')), (((\x -> [x, x * 2]) >=> (\y -> [y + 1])) 3) :: [Int], ((\x -> Just (x + 1)) <=< (\y -> Just (y * 2))) (5 :: Int))
  print (liftM2 (+) (Just 1) (Just (2 :: Int)), ap [(+ 1), (* 2)] [10, 20 :: Int], mfilter even (Just (4 :: Int)), mfilter even (Just (3 :: Int)), msum [Nothing, Just 'm'], mplus [1] [2 :: Int], guard True :: Maybe ())
  print (when False undefined :: Maybe (), unless True undefined :: Maybe (), replicateM_ 0 (Just ()), forM (Just 3) (\x -> [x, x + 1 :: Int]), void (Just 'v'), Just 1 $> 'r', Just 2 <&> (+ (1 :: Int)), 'c' <$ [1, 2 :: Int])
  n <- newIORef (0 :: Int)
  let loopN = do
        v <- readIORef n
        if v >= 5 then return () else modifyIORef' n (+ 1) >> loopN
  loopN
  old <- atomicModifyIORef' n (\x -> (x * 10, x))
  atomicModifyIORef n (\x -> (x + 1, ())) >> modifyIORef n (subtract 2)
  atomicWriteIORef n 77 >> readIORef n >>= \v -> print (old, v)
  ref2 <- newIORef "abc"
  _ <- mkWeakIORef ref2 (return ())
  print =<< (ref2 == ref2 `seq` readIORef ref2)
  print (fromMaybe 0 (Nothing :: Maybe Int), maybe "" show (Just (3 :: Int)), catMaybes [Just 1, Nothing, Just (2 :: Int)], mapMaybe (\x -> if x > 1 then Just (x * x) else Nothing) [1, 2, 3 :: Int], listToMaybe "xyz", maybeToList (Just 'q'), isJust (Just ()), isNothing (Just ()), fromJust (Just 'f'))
  let es = [Left "a", Right 1, Left "b", Right (2 :: Int)]
  print (lefts es, rights es, partitionEithers es, either length negate (Left "abc" :: Either String Int), isLeft (head es), isRight (head es), fromLeft "d" (Right 3 :: Either String Int), fromRight 0 (Right (9 :: Int) :: Either () Int))
  print (bimap length show (Left "abc" :: Either String Int), B.first (+ 1) (1 :: Int, 'x'), B.second succ (1 :: Int, 'x'), B.first negate (Right 'r' :: Either Int Char), bimap (* 2) (+ 1) (3 :: Int, 4 :: Int), fmap (+ 1) (Right 3 :: Either () Int))
  print ((first (+ 1) >>> second (* 2)) (1 :: Int, 3 :: Int), ((+ 1) &&& (* 2)) (5 :: Int), ((+ 1) *** show) (1 :: Int, 2 :: Int), (left (+ 1) :: Either Int Char -> Either Int Char) (Left 1), (right length :: Either () String -> Either () Int) (Right "ab"), ((+ 1) ||| length) (Right "abc" :: Either Int String), ((+ 1) +++ reverse) (Left 3 :: Either Int String))
  print (runKleisli (Kleisli (\x -> [x, x + 1]) >>> arr (* 2)) (1 :: Int), runKleisli (first (Kleisli (\x -> Just (x + 1)))) (1 :: Int, 'k'), (arr succ <<< arr (* 3)) (2 :: Int), loop (\(b, d) -> (b + 1, d)) (1 :: Int), returnA 'r', app ((+ 1), 2 :: Int))
  let p = Predicate even :: Predicate Int
      p2 = contramap length p :: Predicate String
  print (getPredicate p 4, getPredicate p2 "abc", getPredicate (p <> Predicate (> 2)) 4, getComparison (contramap negate defaultComparison) 1 (2 :: Int), getEquivalence (contramap (`mod` 3) defaultEquivalence) 1 (4 :: Int), getOp (contramap show (Op length)) (12345 :: Int))
  print (getComparison (Comparison compare <> contramap negate defaultComparison) (1 :: Int) 1, getPredicate (mempty :: Predicate Int) 1, getSum (getOp (Op (Sum . (+ 1)) <> Op (Sum . (* 2))) (3 :: Int)), phantom' (Const' 'x'))
  print ((fmap absurd ([] :: [Void]) :: [Int]), either absurd id (Right 'v' :: Either Void Char), show ([] :: [Void]), ([] :: [Void]) == [], compare ([] :: [Void]) [], vacuous (Nothing :: Maybe Void) :: Maybe Int)
  let v = makeVersion [1, 2, 3]
  print (v, showVersion v, versionBranch v, v < makeVersion [1, 10], v == Version [1, 2, 3] [], [fst x | x <- readP_to_S parseVersion "2.0.1-beta"], showVersion (Version [0, 1] ["tag", "x"]), compare v (makeVersion [1, 2]))
  print (coerce (Sum (3 :: Int)) :: Int, coerce [Sum (1 :: Int), Sum 2] :: [Int], (coerce :: (Int -> Sum Int) -> Int -> Int) Sum 5, getSum (coerce (4 :: Int) :: Sum Int))
  print (5 & (+ 1) & show, ((==) `on` fst) (1 :: Int, 'a') (1, 'b'), take 5 (fix (\rec n -> n : rec (n * 2)) (1 :: Int)), fix (\f n -> if n <= 1 then 1 else n * f (n - 1)) (10 :: Integer))
  print (do { (x : _) <- Just [1, 2 :: Int]; return x }, do { (x : _) <- Just ([] :: [Int]); return x }, [y | Just y <- [Just 1, Nothing, Just (3 :: Int)]], do { Right z <- [Left 'a', Right (5 :: Int)]; return z })
  where
    phantom' (Const' c) = c

newtype Const' a = Const' Char
