-- Incremental updates with (//), and how arrays compare and show.
import Data.Array

board :: Array Int Int
board = listArray (0, 7) (replicate 8 0)

-- Eight queens: each update places one queen (column -> row).
queens :: Int -> [Array Int Int]
queens n = go 0 (listArray (0, n - 1) (replicate n (-1)))
  where
    go c a
      | c == n = [a]
      | otherwise = concat [ go (c + 1) (a // [(c, r)]) | r <- [0 .. n - 1], safe a c r ]
    safe a c r = and [ a ! c' /= r && abs (a ! c' - r) /= c - c' | c' <- [0 .. c - 1] ]

main :: IO ()
main = do
  let a = listArray (1, 5) [10, 20, 30, 40, 50] :: Array Int Int
      b = a // [(2, -2), (4, -4)]
      c = b // [(2, 99), (2, 100)]
  print a
  print b
  print c
  print (a == a, a == b, compare a b, a < c, max b c)
  print (listArray (0, -1) [] == (listArray (5, 4) [] :: Array Int Int))
  print (Just b)
  print [Just a]
  print (showsPrec 11 a "")
  print (fmap negate a)
  let neg = listArray (-2, 2) [-2, -1, 0, 1, 2] :: Array Int Int
  print neg
  print (neg ! (-1), bounds neg, indices neg)
  let nested = listArray (0, 1) [listArray ('a', 'b') [1, -1], listArray ('x', 'x') [0]] :: Array Int (Array Char Int)
  print nested
  print (nested ! 0 ! 'b', fmap elems nested)
  let ds = listArray (1, 3) [Left 1, Right "two", Left (-3)] :: Array Int (Either Int String)
  print ds
  print (listArray ((0, 0), (1, 1)) [(-1, 'a'), (2, 'b'), (3, 'c'), (-4, 'd')] :: Array (Int, Int) (Int, Char))
  print (listArray (-3, -1) [Just (-1), Nothing, Just 2] :: Array Integer (Maybe Int))
  print (board // [(i, i * i) | i <- [0, 2 .. 7]])
  let sols = queens 6
  print (length sols)
  mapM_ (print . elems) sols
  print (elems (head (queens 8)))
  print (accum (+) board [(i `mod` 8, 1) | i <- [1 .. 20]])
  print (fmap (`div` 2) (listArray (LT, GT) [10, 20, 30] :: Array Ordering Int))
