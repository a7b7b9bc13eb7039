-- Ix of 4- to 7-tuples: range, index, inRange, rangeSize, arrays over them.
import Data.Array
import Data.Ix
import Control.Exception

main :: IO ()
main = do
  let b4 = ((0, 'a', False, 1), (1, 'b', True, 2)) :: ((Int, Char, Bool, Int), (Int, Char, Bool, Int))
  print (range b4)
  print (map (index b4) (range b4))
  print (rangeSize b4, inRange b4 (1, 'b', False, 2), inRange b4 (1, 'c', False, 2))
  let a = listArray b4 [100 ..] :: Array (Int, Char, Bool, Int) Int
  print (a ! (1, 'a', True, 2), bounds a)
  let b5 = ((0, 0, 0, 0, 0), (1, 1, 1, 1, 2)) :: ((Int, Int, Int, Int, Int), (Int, Int, Int, Int, Int))
  print (rangeSize b5, index b5 (1, 0, 1, 0, 2), last (range b5))
  let b6 = ((0, 0, 0, 0, 0, 'x'), (0, 1, 0, 1, 0, 'y'))
  print (range b6)
  let b7 = ((1, 1, 1, 1, 1, 1, 1), (2, 1, 1, 1, 1, 1, 3)) :: ((Int, Int, Int, Int, Int, Int, Int), (Int, Int, Int, Int, Int, Int, Int))
  print (map (index b7) (range b7))
  print (range ((1, 1, 1, 1), (0, 1, 1, 1)) :: [(Int, Int, Int, Int)])
  r <- try (evaluate (index b4 (2, 'a', False, 1)))
  putStrLn (either (\e -> "caught: " ++ show (e :: ErrorCall)) show r)
  print (a ! (5, 'a', False, 1))
