-- Ix instances and the corners of Data.Array, compared with GHC.
import Data.Array
import Data.Ix ()
import GHC.Arr (numElements, amap)

main :: IO ()
main = do
  -- Ix at every instance the prelude defines
  print (range (3, 6 :: Int), index (3, 6 :: Int) 5, inRange (3, 6 :: Int) 7, rangeSize (3, 6 :: Int), rangeSize (6, 3 :: Int))
  print (range ('x', 'z'), index ('a', 'z') 'k', inRange ('a', 'f') 'g', rangeSize ('b', 'a'))
  print (range (-2, 2 :: Integer), index (10, 20 :: Integer) 15, inRange (0, 5 :: Integer) (-1), rangeSize (1, 100 :: Integer))
  print (range (False, True), index (False, True) True, rangeSize (True, False))
  print (range (LT, GT), index (LT, GT) GT, inRange (EQ, GT) LT)
  print (range ((), ()), index ((), ()) (), rangeSize ((), ()), inRange ((), ()) ())
  print (range ((0, 'a'), (1, 'c') :: (Int, Char)), index ((0, 0), (2, 3)) ((1, 2) :: (Int, Int)))
  print (rangeSize ((1, 2), (2, 1) :: (Int, Int)), inRange ((0, 0), (3, 3)) ((2, 4) :: (Int, Int)))
  print (range ((0, 0, 0), (1, 1, 2) :: (Int, Int, Int)))
  print (index ((0, 0, 0), (2, 3, 4)) ((1, 2, 3) :: (Int, Int, Int)), rangeSize ((0, 0, 0), (2, 3, 4) :: (Int, Int, Int)))
  -- laziness: undefined elements are fine until indexed
  let lazy = listArray (0, 3) [1, undefined, 3, undefined] :: Array Int Int
  print (lazy ! 0 + lazy ! 2, bounds lazy, length (elems lazy), numElements lazy)
  let partial = array (1, 5) [(2, 'b'), (4, 'd')]
  print (partial ! 2, partial ! 4)
  let short = listArray (1, 10) [1, 2, 3] :: Array Int Int
  print (short ! 3, bounds short)
  -- associations: the last one for an index wins
  print (array (0, 2) [(0, 'a'), (1, 'b'), (0, 'c'), (2, 'd')])
  print (listArray (1, 3) "abcdef")
  -- empty arrays
  let e1 = listArray (1, 0) [] :: Array Int Int
      e2 = listArray (5, 2) [] :: Array Int Int
  print (e1, bounds e2, elems e2, e1 == e2, compare e1 e2, null e1, length e2)
  -- Show precedence
  print (showsPrec 10 e1 "", showsPrec 11 e1 "")
  print (Just (listArray ((0, 0), (0, 1)) [Just (-1), Nothing] :: Array (Int, Int) (Maybe Int)))
  -- Functor, Foldable, Eq, Ord
  let a = listArray (1, 6) [5, 3, 8, 1, 9, 2] :: Array Int Int
  print (fmap show a)
  print ('z' <$ listArray (0, 1) "ab", amap (+ 1) a)
  print (sum a, product a, maximum a, minimum a, length a, elem 8 a, elem 7 a)
  print (foldr (:) [] a, foldl (flip (:)) [] a, foldr1 (-) a, foldl1 (-) a)
  print (a == a, a /= a, a < fmap (+ 1) a, compare a (a // [(6, 0)]), max a (a // [(1, 0)]))
  print (listArray (0, 1) [1, 2] == (listArray (1, 2) [1, 2] :: Array Int Int))
  -- accumArray / accum / (//) / ixmap
  print (accumArray (flip (:)) "" ('a', 'c') [('b', 'x'), ('a', 'y'), ('b', 'z')])
  print (accumArray (\_ x -> x) undefined (0, 2 :: Int) [(1, 'q'), (2, 'r')] ! 1)
  print (accum (*) a [(1, 2), (1, 3), (6, 10)])
  print (a // [], a // [(3, 0), (3, -3)])
  print (ixmap (1, 3) (\i -> 7 - i) a)
  print (ixmap ((0, 0), (1, 1)) (\(i, j) -> i * 2 + j + 1) a)
  print (assocs (listArray (LT, GT) [True, False, True]))
  print (indices (listArray ((1, 'a'), (2, 'b')) [1 .. 4 :: Int]))
  -- Traversable
  b <- traverse (\x -> do { print x; return (x * 2) }) (listArray (0, 2) [7, 8, 9 :: Int])
  print b
  print (sequenceA (listArray (0, 1) [Just 'a', Just 'b']), mapM (\x -> if x > 2 then Right x else Left x) a)
  mapM_ print (listArray ('p', 'q') [True, False])
