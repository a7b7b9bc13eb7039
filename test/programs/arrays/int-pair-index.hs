-- Indexing at Int and (Int, Int): Data.Array's (!), array, (//), accum and
-- accumArray, and Ix's index, in range and out of it (each component, first
-- and second), at negative and empty bounds and at bounds whose offsets wrap
-- around; the order the components are checked in (an index whose first
-- component is out of range and whose second is undefined).
import Control.Exception
import Data.Array
import Data.Ix

try' :: String -> IO () -> IO ()
try' label act = do
  r <- try (act >>= evaluate)
  case r of
    Left e -> putStrLn (label ++ ": " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right () -> return ()

grid :: Array (Int, Int) Int
grid = listArray ((-2, 3), (1, 7)) [i * 10 | i <- [0 ..]]

line :: Array Int Char
line = listArray (-3, 4) "abcdefgh"

main :: IO ()
main = do
  print [grid ! (i, j) | i <- [-2 .. 1], j <- [3 .. 7]]
  print [line ! i | i <- [-3 .. 4]]
  print (bounds grid, bounds line)
  try' "grid first above" (print (grid ! (2, 3)))
  try' "grid first below" (print (grid ! (-3, 5)))
  try' "grid second above" (print (grid ! (0, 8)))
  try' "grid second below" (print (grid ! (0, 2)))
  try' "grid first out, second undefined" (print (grid ! (5, undefined)))
  try' "grid first in, second undefined" (print (grid ! (0, undefined)))
  try' "line above" (print (line ! 5))
  try' "line below" (print (line ! (-4)))
  let g2 = grid // [((0, 4), -1), ((1, 7), -2)]
  print (elems g2)
  try' "// out" (print (elems (grid // [((1, 8), 0)])))
  let acc = accumArray (+) 0 ((0, 0), (2, 2)) [((i `mod` 3, i `div` 3 `mod` 3), i) | i <- [0 .. 20]] :: Array (Int, Int) Int
  print acc
  print (accum (*) acc [((1, 1), 3), ((2, 0), 5)])
  try' "accumArray out" (print (accumArray (+) 0 ((0, 0), (2, 2)) [((3, 0), 1 :: Int)] :: Array (Int, Int) Int))
  try' "array out" (print (array ((0, 0), (1, 1)) [((0, 2), 'x')]))
  let empty = listArray ((1, 1), (0, 5)) [] :: Array (Int, Int) Int
  print (bounds empty, rangeSize (bounds empty))
  try' "empty" (print (empty ! (1, 1)))
  print (index ((0, 0), (3, 4)) (2, 3), index ((-5, -5), (5, 5)) (5, 5))
  try' "index pair out" (print (index ((0, 0), (3, 4)) (2, 5)))
  try' "index int out" (print (index (0, 5 :: Int) 7))
  print (index ((minBound, 0), (maxBound, 0 :: Int)) (maxBound :: Int, 0))
  print (index ((0, minBound), (1, maxBound :: Int)) (1, maxBound :: Int))
  print (index (minBound, maxBound :: Int) maxBound)
  print (inRange ((0, 0), (2, 2)) (1, 3 :: Int), range ((0, 0), (1, 2 :: Int)))
  print (unsafeIndexCheck, rangeSize ((0, 0), (3, 4 :: Int)))
  where
    unsafeIndexCheck = sum [index ((1, 1), (9, 9)) (i, j) | i <- [1 .. 9 :: Int], j <- [1 .. 9 :: Int]]
