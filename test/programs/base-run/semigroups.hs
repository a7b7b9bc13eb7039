-- Semigroup and Monoid newtypes as users combine them: <>, sconcat, stimes
-- (including stimes 0 and negative counts), mconcat, and the Functor,
-- Applicative, Monad, Foldable, Traversable, Num, Enum, Bounded, Show and
-- Read instances of Min/Max/First/Last/WrappedMonoid/Sum/Product/Dual/
-- All/Any/Endo/Alt/Ap/Arg/Down.
import Control.Exception
import Data.List.NonEmpty (NonEmpty (..))
import Data.Monoid (Alt (..), Ap (..), All (..), Any (..), Dual (..), Endo (..), Product (..), Sum (..))
import qualified Data.Monoid as M
import Data.Ord (Down (..), comparing)
import Data.Semigroup

{-# NOINLINE tryS #-}
tryS :: Show a => String -> a -> IO ()
tryS name x = do
  r <- try (evaluate x)
  putStrLn (name ++ ": " ++ either (\e -> "error " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r)

{-# NOINLINE combos #-}
combos :: (Semigroup a, Show a) => String -> [a] -> IO ()
combos name xs@(x : _) = do
  putStrLn (name ++ ": " ++ show [a <> b | a <- xs, b <- xs])
  putStrLn ("  sconcat " ++ show (sconcat (x :| xs)) ++ " stimes " ++ show [stimes n x | n <- [1, 2, 3 :: Int]])
combos _ [] = pure ()

main :: IO ()
main = do
  combos "Min" [Min 3, Min (1 :: Int), Min 7]
  combos "Max" [Max 3, Max (1 :: Int), Max 7]
  combos "First" [First 'a', First 'b']
  combos "Last" [Last 'a', Last 'b']
  combos "WrapMonoid" [WrapMonoid "ab", WrapMonoid "c"]
  combos "Sum" [Sum 2, Sum (5 :: Integer)]
  combos "Product" [Product 2, Product (5 :: Int)]
  combos "Dual" [Dual "ab", Dual "cd"]
  combos "All" [All True, All False]
  combos "Any" [Any True, Any False]
  combos "Alt" [Alt (Just 1), Alt Nothing, Alt (Just (2 :: Int))]
  combos "Ap" [Ap (Just [1]), Ap (Just [2 :: Int])]
  combos "M.First" [M.First (Just 1), M.First Nothing, M.First (Just (2 :: Int))]
  combos "M.Last" [M.Last (Just 1), M.Last Nothing, M.Last (Just (2 :: Int))]
  combos "Maybe" [Just [1], Nothing, Just [2 :: Int]]
  combos "Ordering" [LT, EQ, GT]
  combos "()" [(), ()]
  combos "pair" [("a", Sum (1 :: Int)), ("b", Sum 2)]
  combos "triple" [("a", Min (1 :: Int), Max 'x'), ("b", Min 0, Max 'a')]
  combos "Either" [Left 1, Right 'r', Left (2 :: Int)]
  combos "NonEmpty" [1 :| [2], 3 :| [4 :: Int]]
  combos "Down" [Down (Min (3 :: Int)), Down (Min 1)]
  print (appEndo (stimes (3 :: Int) (Endo (* 2)) <> Endo (+ 1)) (5 :: Int), appEndo (mconcat [Endo (+ 1), Endo (* 3)]) (2 :: Int))
  print (mconcat [Sum 1, Sum (2 :: Int)], mconcat ["ab", "cd"], mempty :: (String, Sum Int), mconcat [Just (Max 3), Nothing, Just (Max (1 :: Int))])
  print (stimes (0 :: Int) "ab", stimes (4 :: Integer) [1 :: Int], stimes (3 :: Int) (Sum (5 :: Int)), stimes (3 :: Int) (Product (2 :: Int)), stimes (2 :: Int) (Just "x"))
  print (stimesMonoid (3 :: Int) "xy", stimesIdempotent (5 :: Int) (Max 'q'), stimesIdempotentMonoid (0 :: Int) (Any True), mtimesDefault (2 :: Int) "ab")
  print (stimes (0 :: Int) (Any False, "p"), stimes (0 :: Int) ("a", [()], EQ), stimes (2 :: Int) (Sum (1 :: Int), "q", LT, ()), stimes (0 :: Int) ("", "", "", EQ, ()), stimes (0 :: Int) EQ, stimes (3 :: Int) GT)
  tryS "stimes -1 Ordering" (stimes (-1 :: Int) LT)
  tryS "stimes 0 Min" (stimes (0 :: Int) (Min 'a'))
  tryS "stimes -1 list" (stimes (-1 :: Int) "ab")
  tryS "stimes -1 Sum" (stimes (-1 :: Int) (Sum (1 :: Int)))
  tryS "stimes 0 NonEmpty" (stimes (0 :: Int) ('a' :| ""))
  tryS "stimes 0 Maybe" (stimes (0 :: Int) (Just "x"))
  print (stimes (3 :: Int) ('a' :| "b"), stimes (2 :: Int) (First 'z'), stimes (2 :: Int) (Dual "ab"), stimes (3 :: Int) (All True), stimes (2 :: Int) (Left 'e' :: Either Char Int))
  print (cycle1 (1 :| [2 :: Int]) `seq` (), sconcat ("a" :| ["b", "c"]), sconcat (Just [1] :| [Nothing, Just [2 :: Int]]))
  print (fmap (+ 1) (Min (2 :: Int)), Max (+ 1) <*> Max (4 :: Int), pure 'p' :: First Char, (Last 3 >>= \x -> Last (x * 2)) :: Last Int)
  print (fmap show (Sum (3 :: Int)), Product (* 2) <*> Product (4 :: Int), Dual 'd' >>= \c -> Dual [c], (pure 5 :: Sum Int), fmap negate (Down (3 :: Int)))
  print (sum (Min (4 :: Int)), foldr (:) [] (Max 'm'), length (First ()), traverse (\x -> [x, x + 1]) (Last (1 :: Int)), traverse Just (Sum (2 :: Int)), sequenceA (Product [1, 2 :: Int]))
  print (Min 3 + Min (4 :: Int), Max 10 * Max (2 :: Int), negate (Min (5 :: Int)), abs (Max (-2 :: Int)), signum (Sum (-3 :: Int)), fromInteger 7 :: Product Int)
  print ([Min 1 .. Min (3 :: Int)], succ (Max 'a'), pred (First (10 :: Int)), toEnum 66 :: Last Char, fromEnum (Min 'A'), [First 1, First 3 .. First (9 :: Int)])
  print (minBound :: Min Int, maxBound :: Max Bool, minBound :: First Char, maxBound :: Last Ordering, minBound :: Sum Int, maxBound :: Product Word, minBound :: Dual Bool, maxBound :: Down Int, minBound :: Down Bool)
  print (read "Min {getMin = 3}" :: Min Int, read "Max {getMax = 'x'}" :: Max Char, read "Sum {getSum = -2}" :: Sum Int, read "Dual {getDual = [1]}" :: Dual [Int], read "Down 5" :: Down Int)
  print (read "First {getFirst = True}" :: First Bool, read "Last {getLast = LT}" :: Last Ordering, read "All {getAll = False}" :: All, read "Any {getAny = True}" :: Any, read "Product {getProduct = 4}" :: Product Integer)
  print (showsPrec 11 (Min (3 :: Int)) "", showsPrec 11 (Down (-1 :: Int)) "", show (WrapMonoid [1 :: Int]), show (Alt [1 :: Int]), show (Ap (Just 'a')), show (Arg 1 'x'))
  print (Arg 1 'b' == Arg 1 'a', compare (Arg 2 'a') (Arg 1 'z'), min (Arg 1 "x") (Arg 1 "y"), max (Arg 3 'q') (Arg 3 'r'), minimum [Arg 5 'e', Arg 2 'b', Arg 9 'z'], maximum [Arg (Down 5) 'e', Arg (Down 2) 'b'])
  print (fmap succ (Arg 1 'a'), foldr (:) [] (Arg 'k' 'v'), traverse (\c -> [c, succ c]) (Arg 0 'a'), Arg 1 'x' < Arg 2 'a', Arg 1 'x' >= Arg 1 'y')
  print (Min 'a' < Min 'b', compare (Max 3) (Max (3 :: Int)), Down 3 < Down (4 :: Int), comparing Down 1 (2 :: Int), max (Down 'a') (Down 'b'), min (First 2) (First (1 :: Int)))
  print (getAll (foldMap (All . even) [2, 4 :: Int]), getAny (foldMap (Any . odd) [2, 4 :: Int]), getAlt (foldMap (Alt . Just) [1, 2 :: Int]), getAp (foldMap (Ap . Just . Sum) [1, 2 :: Int]))
  print (diff (Sum (3 :: Int)) `appEndo` Sum 4, option' (Just 'o'), M.getFirst (foldMap (M.First . Just) "abc"), M.getLast (foldMap (M.Last . Just) "abc"))
  where
    option' = maybe 'n' id
