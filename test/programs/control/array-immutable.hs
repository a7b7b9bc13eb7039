-- Data.Array: construction, queries, updates, accumulation, ixmap, instances.
import Data.Array

main :: IO ()
main = do
  let a = listArray (1, 5) "hello" :: Array Int Char
  print a
  print (bounds a, indices a, elems a)
  print (assocs a)
  print (a ! 2, a // [(1, 'j'), (5, 'y')])
  let b = array ((0, 0), (1, 2)) [ ((i, j), i * 10 + j) | i <- [0, 1], j <- [0 .. 2] ] :: Array (Int, Int) Int
  print b
  print (bounds b, b ! (1, 2), sum (elems b))
  let hist = accumArray (+) 0 ('a', 'e') [ (c, 1 :: Int) | c <- "abacabad", inRange ('a', 'e') c ]
  print hist
  print (accum (flip (:)) (listArray (0, 2) (repeat [])) [(0, 'x'), (2, 'y'), (0, 'z')] :: Array Int String)
  let t = ixmap ((0, 0), (2, 1)) (\(i, j) -> (j, i)) b
  print t
  print (ixmap (1, 3) (\i -> 4 - i) (listArray (1, 3) [10, 20, 30 :: Int]))
  print (fmap (* 2) (listArray (0, 3) [1 .. 4 :: Int]))
  print (listArray (0, 3) [1 .. 4] == (listArray (0, 3) [1, 2, 3, 4 :: Int]), compare a (a // [(3, 'z')]))
  print (listArray (5, 4) [] :: Array Int Int)
  print (listArray (0, 2) [1 ..] :: Array Int Integer)
  print (array (1, 3) [(3, 'c'), (1, 'a'), (2, 'b')])
  print (showsPrec 11 (listArray (0, 1) [True, False]) "")
  print (foldr (:) [] a, length a, maximum b, minimum b, elem 'l' a)
  let fibs = listArray (0, 30) [ if i < 2 then toInteger i else fibs ! (i - 1) + fibs ! (i - 2) | i <- [0 .. 30] ] :: Array Int Integer
  print (fibs ! 30)
  print (range ((0, 0), (1, 1)), index ((0, 0), (3, 3)) (2, 1), inRange (1, 5) (6 :: Int), rangeSize ('a', 'z'))
  print (accumArray (flip (:)) [] (False, True) [(even x, x) | x <- [1 .. 6 :: Int]])
