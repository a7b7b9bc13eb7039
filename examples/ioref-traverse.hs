-- Arrays at -O1 with an IORef: Foldable/Functor/Traversable of Array (traverse
-- in IO counting into an IORef, in Maybe and in lists), accumArray, ixmap,
-- Integer/Bool/derived-Ix/tuple indices, Eq/Ord/Show of arrays.
import Data.Array
import Data.Ix
import qualified Data.Foldable as F
import Data.IORef

data Colour = Red | Green | Blue deriving (Show, Eq, Ord, Ix, Enum, Bounded)

main :: IO ()
main = do
  let a = listArray (0, 9) [i * i | i <- [0 .. 9]] :: Array Int Int
  print (sum a, product (fmap (`mod` 7) a), maximum a, minimum a, length a, F.toList (fmap negate a))
  print (foldr (:) [] a == elems a, null a, elem 49 a)
  let c = accumArray (flip (:)) [] ('a', 'e') [(ch, i) | (i, ch) <- zip [0 :: Int ..] "abacabade"] :: Array Char [Int]
  print c
  let g = array ((0, 0), (1, 2)) [((i, j), i + j) | i <- [0, 1], j <- [0 .. 2]] :: Array (Int, Int) Int
  print (g, ixmap ((0, 0), (2, 1)) (\(i, j) -> (j, i)) g)
  let z = listArray (10, 12 :: Integer) "xyz"
  print (z ! 11, bounds z, indices z)
  let b = listArray (False, True) [Red, Blue]
  print (b, b ! True)
  let col = listArray (Red, Blue) [1.5, 2.5, 3.5 :: Double]
  print (col, col ! Green, range (Red, Blue), index (Red, Blue) Blue, inRange (Red, Green) Blue, rangeSize (Green, Blue))
  print (a == a, compare a (a // [(3, 0)]), a < a // [(9, 100)], max a a == a)
  let t3 = listArray ((0, 0, 0), (1, 1, 1)) [1 :: Int ..]
  print (t3 ! (1, 0, 1), sum t3, range ((0, 0), (1, 1)))
  print (accum (+) a [(0, 5), (0, 5), (9, -81)] ! 0, fmap show (listArray (1, 2) [True, False] :: Array Int Bool))
  mapM_ print (listArray (1, 2) [listArray (0, 1) "ab", listArray (0, 1) "cd"] :: Array Int (Array Int Char))
  visits <- newIORef (0 :: Int)
  a2 <- traverse (\x -> do { print x; modifyIORef' visits (+ x); return (x * 2) }) (listArray (1, 3) [5, 6, 7] :: Array Int Int)
  print a2
  readIORef visits >>= print
  print (traverse (\x -> if x >= 0 then Just x else Nothing) a, traverse (\x -> if x > 0 then Just x else Nothing) a)
  print (traverse (\x -> [x, x + 1]) (listArray (0, 1) [10, 20] :: Array Int Int))
  print (showsPrec 11 (listArray (0, 0) [()] :: Array Int ()) "")
