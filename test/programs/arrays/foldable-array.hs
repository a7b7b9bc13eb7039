-- Foldable Array at element types GHC does not specialise for: the
-- instance's -O1 workers (sum, product, maximum, minimum, elem, fold,
-- foldMap') on arrays of Integer, Double, String and a Monoid.
import Data.Array
import Data.Foldable (fold, foldMap')
import Data.Monoid (Sum (..), Product (..))
import Control.Exception

{-# NOINLINE stats #-}
stats :: (Ord a, Num a) => Array Int a -> (a, a, a, a)
stats a = (sum a, product a, maximum a, minimum a)

{-# NOINLINE has #-}
has :: Eq a => a -> Array Int a -> Bool
has = elem

{-# NOINLINE glue #-}
glue :: Monoid m => Array Int m -> m
glue = fold

{-# NOINLINE strictly #-}
strictly :: Monoid m => (a -> m) -> Array Int a -> m
strictly = foldMap'

main :: IO ()
main = do
  let is = listArray (1, 4) [3, -7, 12, 5] :: Array Int Integer
      rs = listArray (0, 2) [0.5, 0.75, -0.25] :: Array Int Double
      ss = listArray (0, 2) ["ab", "", "cde"] :: Array Int String
      e = listArray (1, 0) [] :: Array Int Integer
  print (stats is)
  print (stats rs)
  print (has 12 is, has 4 is, has "" ss, has 'x' (listArray (0, 1) "xy"))
  putStrLn (glue ss)
  print (glue (fmap Sum is), glue (fmap Product rs))
  print (strictly (\x -> [x, x]) is, getSum (strictly Sum rs))
  print (sum e, product e)
  r <- try (evaluate (maximum e))
  print (either (\x -> show (x :: ErrorCall)) show r)
  r2 <- try (evaluate (minimum (listArray (1, 0) [] :: Array Int Double)))
  print (either (\x -> show (x :: ErrorCall)) show r2)
