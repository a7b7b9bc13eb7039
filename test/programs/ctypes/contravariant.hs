import Data.Functor.Contravariant
import Data.Functor.Const
import Data.Functor.Compose
import Data.Proxy
import Data.List (sortBy)
import Data.Semigroup (stimes, sconcat)
import Data.List.NonEmpty (NonEmpty (..))
import qualified Control.Category as C
import Numeric (log1p, expm1, log1pexp, log1mexp)

main :: IO ()
main = do
  let even' = Predicate even :: Predicate Int
      lenP = contramap length even' :: Predicate String
  print (getPredicate even' 4, getPredicate lenP "abc", getPredicate (length >$< even') "ab", getPredicate (even' >$$< (* 3)) 2)
  print (getPredicate (even' <> Predicate (> 10)) 12, getPredicate (even' <> Predicate (> 10)) 8, getPredicate (mempty :: Predicate Int) 3)
  print (getPredicate (mconcat [Predicate (> 0), Predicate (< 10)]) (5 :: Int), getPredicate (sconcat (Predicate odd :| [Predicate (> 2)])) (3 :: Int))
  print (getPredicate (stimes (3 :: Int) even') 2, getPredicate (4 >$ even') 'x', getPredicate (even' $< 3) "any")
  let byLen = contramap length defaultComparison :: Comparison String
  print (sortBy (getComparison byLen) ["ccc", "a", "bb"], sortBy (getComparison (byLen <> defaultComparison)) ["bb", "ab", "c", "aa"])
  print (getComparison (mempty :: Comparison Int) 1 2, getComparison (defaultComparison :: Comparison Int) 3 2, getComparison (stimes (2 :: Int) byLen) "a" "bb")
  let eqMod3 = contramap (`mod` 3) defaultEquivalence :: Equivalence Int
  print (getEquivalence eqMod3 1 4, getEquivalence eqMod3 1 5, getEquivalence (eqMod3 <> Equivalence (\a b -> a < 10 && b < 10)) 1 13, getEquivalence (mempty :: Equivalence Char) 'a' 'b')
  print (getEquivalence (comparisonEquivalence byLen) "ab" "cd", getEquivalence (comparisonEquivalence byLen) "ab" "c")
  let showOp = Op show :: Op String Int
  print (getOp showOp 42, getOp (contramap (* 2) showOp) 21, getOp (showOp <> Op (const "!")) 7, getOp (mempty :: Op String Int) 9)
  print (getOp (Op (+ 1) + Op (* 2)) (5 :: Int), getOp (negate (Op (* 3))) (2 :: Int), getOp (fromInteger 7 :: Op Int Char) 'x', getOp (abs (Op negate) * signum (Op id)) (4 :: Int))
  print (getOp (Op (/ 2) + recip (Op id)) (4 :: Double), getOp (fromRational 2.5 :: Op Double ()) (), getOp (sqrt (Op id) + pi) (16 :: Double), getOp (Op id ** 2 + logBase 2 (Op id)) (8 :: Double))
  print (getOp (exp (Op id) - sin (Op id) + cos (Op id) * tan (Op id)) (0.5 :: Double), getOp (atan (Op id) + tanh (Op id) + asinh (Op id)) (0.25 :: Double))
  print (getOp ((Op show :: Op String Int) C.. Op length) (12345 :: Int), getOp (C.id :: Op Int Int) 3)
  print (getConst (contramap (+ (1 :: Int)) (Const "k" :: Const String Int)), getConst (phantom (Const 'z' :: Const Char Int) :: Const Char Bool))
  print (contramap not (Proxy :: Proxy Bool), (phantom (Proxy :: Proxy Int) :: Proxy Char))
  print (map (getPredicate) (getCompose (contramap (+ 1) (Compose [Predicate even, Predicate (> 5)]))) <*> [3, 5 :: Int])
  print (getOp (log1p (Op id)) (1.0e-10 :: Double), getOp (expm1 (Op id)) (1.0e-10 :: Double), getOp (negate (Op id)) (0 :: Double), getOp (log1pexp (Op id)) (0.5 :: Double), getOp (log1mexp (Op negate)) (0.5 :: Double))
  print (getOp (acosh (Op id) + cosh (Op id) + sinh (Op id) + acos (Op (/ 4)) + asin (Op (/ 4)) + atanh (Op (/ 4))) (2 :: Double))
  print (getOp (recip (Op id) / Op (+ 1)) (3 :: Double), getOp (Op (* 2) - Op (+ 1) * Op id) (5 :: Int), getOp (signum (Op negate)) (3 :: Int))
