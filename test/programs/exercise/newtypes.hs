-- Data.Semigroup, Data.Monoid and Data.Semigroup.Internal's newtypes
-- through their less common instances (Applicative, Monad, Enum, Bounded,
-- Eq, Ord, Traversable, MonadFix), Alt/Ap/Down as Foldable and
-- Traversable, Data.Functor.Const's numeric classes, Data.Complex's
-- Applicative/Monad/Traversable and Identity as RealFloat.
import qualified Data.Semigroup as S
import Data.Monoid
import Data.Ord (Down (..))
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Const
import Data.Functor.Identity
import Data.Complex
import Control.Monad.Fix
import Control.Monad (mzero, mplus)
import Control.Applicative
import Data.Foldable (toList, foldl')
import Data.Traversable (traverse)
import Control.Exception

main :: IO ()
main = do
  -- Data.Semigroup.First/Last/Min/Max as Applicative and Monad
  print (S.First (+ 1) <*> S.First 2, S.Last 3 >>= \x -> S.Last (x * 2), (+) <$> S.Max 3 <*> S.Max 4)
  print (S.Min 5 >>= \x -> pure (x - 1) :: S.Min Int, S.Max 7 >>= \x -> S.Max (negate x) :: S.Max Int)
  print (S.First 'a' >> S.First 'b', pure 9 :: S.Last Int, liftA2 (,) (S.Min 'x') (S.Min 'y'))
  print (minBound :: S.First Bool, maxBound :: S.Last Char, minBound :: S.WrappedMonoid (), maxBound :: S.WrappedMonoid Ordering)
  print ([S.First 1 .. S.First (4 :: Int)], succ (S.Last 'a'), [S.WrapMonoid LT ..], fromEnum (S.WrapMonoid GT))
  print (S.Last 2 == S.Last (2 :: Int), S.Max 3 == S.Max (4 :: Int), S.WrapMonoid "a" == S.WrapMonoid "a")
  print (compare (S.First 1) (S.First (2 :: Int)), S.Last 'b' > S.Last 'a', max (S.WrapMonoid [1]) (S.WrapMonoid [1, 2 :: Int]))
  print (traverse (\x -> [x, x + 1]) (S.Last 10), sequenceA (S.Last (Just 'q')), traverse (const Nothing :: Int -> Maybe Int) (S.Last 1))
  print (S.sconcat (S.Max 1 :| [S.Max 5, S.Max 3]), S.stimes 3 (S.WrapMonoid "ab"), S.stimesMonoid 2 "xy", S.stimesMonoid 0 [1 :: Int], S.stimesMonoid (5 :: Integer) "ab", S.stimesMonoid (7 :: Int) [True])
  print (S.mtimesDefault 3 "ha", take 5 (S.cycle1 "ab"))
  -- Data.Semigroup.Internal: Alt, Product, Any, All, Dual
  print (Alt (Just (+ 1)) <*> Alt (Just 4), getAlt (Alt [1, 2] <|> Alt [3]), Product 3 >>= \x -> Product (x + 1))
  print ((<*>) (Product (+ 2)) (Product 5), pure 'p' :: Product Char, minBound :: Any, maxBound :: All, minBound :: Dual Bool, maxBound :: Product Bool)
  print (succ (Alt (Identity 'a')), [Alt (Identity 1) .. Alt (Identity (3 :: Int))], fromEnum (Alt (Identity 'A')), pred (Alt (Identity 0) :: Alt Identity Int))
  print (Alt (Identity 3) + 4 :: Alt Identity Int, Alt (Identity 2) * 5 :: Alt Identity Int, negate (Alt (Identity 1)) :: Alt Identity Int, abs (Alt (Identity (-2))) :: Alt Identity Int, signum (Alt (Identity (-2))) :: Alt Identity Int)
  print (Any True == Any False, All True == All True, Dual "x" == Dual "x", compare (Any True) (Any False), All False < All True, Product 2 <= Product (3 :: Int))
  print (mzeroAlt, mplusAlt, getProduct (foldMap Product [1 .. 5 :: Int]), getDual (Dual [1] <> Dual [2 :: Int]))
  -- Data.Monoid: Ap, First, Last
  print (getAp (Ap (Just [1]) <> Ap (Just [2 :: Int])), getAp (mempty :: Ap Maybe String), Ap [(+ 1)] <*> Ap [1, 2 :: Int])
  print (Ap (Just 1) >>= \x -> Ap (Just (x + 1 :: Int)), minBound :: Ap Identity Bool, [Ap (Identity 'a') .. Ap (Identity 'c')], Ap (Just 1) == Ap (Just (1 :: Int)))
  print (compare (Ap [1]) (Ap [2 :: Int]), Ap (Identity 1) + Ap (Identity (2 :: Int)), getAp (Ap [1, 2] <|> Ap [3 :: Int]))
  print (getAp (foldMap (Ap . Just . Sum) [1, 2, 3 :: Int]), fail "no" :: Ap Maybe Int, getAp (mzero :: Ap [] Int))
  print (First (Just 1) == First (Just (1 :: Int)), Last Nothing == (Last (Just 'x')), compare (First (Just 2)) (First Nothing :: First Int))
  print (Last (Just 2) > Last (Just (1 :: Int)), fmap (+ 1) (Last (Just (4 :: Int))), Last (Just 2) >>= \x -> Last (Just (x * 3 :: Int)))
  print (First (Just 'a') <> First Nothing <> First (Just 'b'), getLast (foldMap (Last . Just) "abc"), getLast (mempty :: Last Int))
  -- Foldable and Traversable of Alt, Ap, Down
  print (sum (Alt (Just 3)), toList (Ap [1, 2, 3 :: Int]), length (Down 'x'), maximum (Down 7 :: Down Int), foldr (:) [] (Alt "xyz"))
  print (traverse (\x -> Just (x * 2)) (Alt [1, 2, 3 :: Int]), traverse (\x -> [x, -x]) (Down (5 :: Int)), sequenceA (Ap [Just 1, Just (2 :: Int)]))
  print (null (Alt Nothing :: Alt Maybe Int), elem 2 (Ap (Just (2 :: Int))), foldl' (flip (:)) [] (Down 'd'), fmap succ (Down 'a'))
  -- MonadFix of Alt, Ap, Dual, Last, Product
  print (take 5 <$> getAlt (mfix (\xs -> Alt (Just (1 : map (* 2) xs)))))
  print (take 4 <$> getAp (mfix (\xs -> Ap (Just (0 : map (+ 3) xs)))))
  print (take 3 (getDual (mfix (\xs -> Dual ('a' : xs)))), take 3 (getProduct (mfix (\xs -> Product (7 : xs)))))
  print (take 3 <$> getLast (mfix (\xs -> Last (Just (True : map not xs)))))
  print (fmap (take 3) (S.getLast <$> Just (mfix (\xs -> S.Last (1 : xs)))))
  -- Const with numeric classes
  let c = Const 7.5 :: Const Double String
  print (c / 2, recip c, toRational c, properFraction c :: (Int, Const Double String), floor c :: Int, round (Const 2.5 :: Const Double ()) :: Int)
  print (Const 17 `div` Const 5 :: Const Int (), Const 17 `mod` Const (-5) :: Const Int (), toInteger (Const 9 :: Const Int Bool), quotRem (Const (-7)) (Const 2) :: (Const Int (), Const Int ()))
  print (isNaN (Const (0 / 0) :: Const Double ()), floatDigits c, decodeFloat c, exponent c, atan2 (Const 1) (Const 1 :: Const Double ()), isInfinite c)
  -- Identity as RealFloat
  let i = Identity 6.25 :: Identity Double
  print (floatRadix i, floatRange i, significand i, scaleFloat 2 i, isNegativeZero (Identity (-0.0 :: Double)), isIEEE i, atan2 i 2, encodeFloat 3 2 :: Identity Double)
  -- Complex as Applicative, Monad, Traversable
  let z = 1.5 :+ (-2) :: Complex Double
  print ((+) <$> z <*> (10 :+ 20), pure 3 :: Complex Int, z >>= \x -> x :+ (x * 2), traverse (\x -> Just (x + 1)) z)
  print (sequenceA ([1, 2] :+ [3 :: Int]), sum z, maximum z, realPart z, imagPart z, magnitude (3 :+ 4 :: Complex Double), conjugate z)
  r <- try (evaluate (length (S.stimesMonoid (-1 :: Int) "q")))
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)
  where
    mzeroAlt = getAlt (mempty :: Alt [] Int)
    mplusAlt = getAlt (Alt (Just 'a') <> Alt (Just 'b'))
