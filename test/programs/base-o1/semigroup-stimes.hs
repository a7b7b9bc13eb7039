-- stimes of base's Semigroup instances at -O1 (stimesDefault,
-- stimesIdempotent, stimesIdempotentMonoid, stimesList, stimesMonoid),
-- sconcat, and mtimesDefault; the zero and negative counts' errors.
import Data.Semigroup
import Data.Monoid (Alt (..), Ap (..))
import qualified Data.Monoid as M
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Identity
import Data.Functor.Const
import Data.Ord (Down (..))
import Control.Exception

{-# NOINLINE times #-}
times :: Semigroup a => Int -> a -> a
times n = stimes n

attempt :: Show a => String -> a -> IO ()
attempt label x = do
  r <- try (evaluate (length (show x) `seq` x))
  case r of
    Left e -> putStrLn (label ++ ": error " ++ show (e :: ErrorCall))
    Right v -> putStrLn (label ++ ": " ++ show v)

main :: IO ()
main = do
  attempt "list" (times 3 [1, 2 :: Int])
  attempt "list 0" (times 0 "ab")
  attempt "list neg" (times (-1) "ab")
  attempt "Sum" (times 4 (Sum (5 :: Int)))
  attempt "Product" (times 3 (Product (2 :: Integer)))
  attempt "Min" (times 5 (Min 'q'))
  attempt "Max" (times 2 (Max (7 :: Int)))
  attempt "Max 0" (times 0 (Max (7 :: Int)))
  attempt "First" (times 3 (First 'a'))
  attempt "Last" (times 3 (Last 'z'))
  attempt "All" (times 2 (All False))
  attempt "Any" (times 2 (Any True))
  attempt "Any 0" (times 0 (Any True))
  attempt "Dual" (times 3 (Dual "xy"))
  attempt "Maybe" (times 3 (Just [1 :: Int]))
  attempt "Nothing" (times 3 (Nothing :: Maybe String))
  attempt "Ordering" (times 2 LT)
  attempt "unit" (times 5 ())
  attempt "Either" (times 3 (Left 'e' :: Either Char Int))
  attempt "NonEmpty" (times 2 ('a' :| "bc"))
  attempt "NonEmpty 0" (times 0 ('a' :| "bc"))
  attempt "pair" (times 2 ("ab", Sum (3 :: Int)))
  attempt "triple" (times 2 ("a", [True], Max 'c'))
  attempt "Identity" (times 3 (Identity "i"))
  attempt "Const" (times 2 (Const "c" :: Const String Int))
  attempt "Down" (times 2 (Down "d"))
  attempt "Alt" (times 2 (Alt (Just 'a')))
  attempt "Ap" (times 2 (Ap (Just "ap")))
  attempt "M.First" (times 4 (M.First (Just 'f')))
  attempt "M.Last" (times 4 (M.Last (Just 'l')))
  attempt "WrapMonoid" (times 3 (WrapMonoid "w"))
  attempt "Endo" (appEndo (times 3 (Endo (* (2 :: Int)))) 1)
  attempt "function" (times 2 (\x -> [x, x + 1 :: Int]) 10)
  attempt "IO-free Option" (times 2 (Just (Sum (1 :: Int))))
  attempt "stimesMonoid" (stimesMonoid (3 :: Int) "mo")
  attempt "stimesIdempotent" (stimesIdempotent (4 :: Integer) (Max 'k'))
  attempt "stimesIdempotent 0" (stimesIdempotent (0 :: Int) (Max 'k'))
  attempt "stimesIdempotentMonoid" (stimesIdempotentMonoid (3 :: Int) (Just [()]))
  attempt "mtimesDefault" (mtimesDefault (3 :: Int) "mt")
  attempt "sconcat Max" (sconcat (Max 3 :| [Max 9, Max (1 :: Int)]))
  attempt "sconcat list" (sconcat ("a" :| ["b", "c"]))
  attempt "sconcat Maybe" (sconcat (Just "x" :| [Nothing, Just "y"]))
  attempt "cycle1" (take 7 (cycle1 "abc"))
  attempt "diff" (appEndo (diff [1, 2 :: Int]) [3])
  attempt "Integer count" (stimes (3 :: Integer) "i")
  attempt "Word count" (stimes (2 :: Word) (Sum (4 :: Int)))
