-- Arrays indexed by triples and by pairs of other Ix types (Ordering,
-- Integer, Char): range, rangeSize, inRange, index and their errors.
import Data.Array
import Data.Array.Unboxed (UArray)
import qualified Data.Array.Unboxed as U
import Data.Array.ST
import Control.Monad
import Control.Exception

main :: IO ()
main = do
  let b = ((0, 0, 0), (1, 2, 3))
      a = listArray b [1 ..] :: Array (Int, Int, Int) Int
  print (a ! (1, 2, 3), a ! (0, 1, 2), rangeSize b, inRange b (1, 3, 0), index b (1, 0, 1))
  print (sum (elems a), bounds a, take 5 (range b))
  let u = runSTUArray (do
        m <- newArray ((1, 'a', False), (2, 'c', True)) 0
        forM_ (range ((1, 'a', False), (2, 'c', True))) $ \i@(x, _, t) -> writeArray m i (if t then x * 10 else x)
        return m) :: UArray (Int, Char, Bool) Int
  print (U.elems u)
  print (u U.! (2, 'b', True))
  let p = listArray ((LT, 10), (GT, 12)) [1 ..] :: Array (Ordering, Integer) Int
  print (p ! (EQ, 11), rangeSize ((LT, 10), (GT, 12 :: Integer)), rangeSize ((GT, 1), (LT, 2 :: Int)))
  print (inRange (10, 20 :: Integer) 15, inRange (10, 20 :: Integer) 25, inRange (LT, EQ) GT, inRange (EQ, GT) GT)
  print (rangeSize (LT, GT), rangeSize (GT, LT), rangeSize (EQ, EQ), map (rangeSize . (,) EQ) [LT, EQ, GT])
  print (rangeSize ((0, 'a'), (3, 'c') :: (Int, Char)), rangeSize (((1, 1), 5), ((2, 2), 4) :: ((Int, Int), Int)))
  r <- try (evaluate (a ! (2, 0, 0)))
  print (either (\e -> show (e :: ErrorCall)) show r)
  r2 <- try (evaluate (index ((0, 0, 0), (1, 1, 1)) (0, 5, 0 :: Int) :: Int))
  print (either (\e -> show (e :: ErrorCall)) show (r2 :: Either ErrorCall Int))
