-- Ix instances of base's IOMode, SeekMode and Natural: range, index,
-- inRange, rangeSize (and their errors), through Data.Ix and arrays.
import Control.Exception
import Data.Array
import Data.Ix
import Numeric.Natural (Natural)
import System.IO

try' :: Show a => a -> IO ()
try' x = do
  r <- try (evaluate x)
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: ErrorCall))
    Right v -> print v

main :: IO ()
main = do
  let modes = [ReadMode, WriteMode, AppendMode, ReadWriteMode]
  print [range (a, b) | a <- modes, b <- modes]
  print [index (ReadMode, ReadWriteMode) m | m <- modes]
  print [inRange (WriteMode, AppendMode) m | m <- modes]
  print [rangeSize (a, b) | a <- modes, b <- modes]
  try' (index (WriteMode, AppendMode) ReadWriteMode)
  let seeks = [AbsoluteSeek, RelativeSeek, SeekFromEnd]
  print [range (a, b) | a <- seeks, b <- seeks]
  print [index (AbsoluteSeek, SeekFromEnd) s | s <- seeks]
  print [inRange (RelativeSeek, SeekFromEnd) s | s <- seeks]
  print [rangeSize (a, b) | a <- seeks, b <- seeks]
  try' (index (RelativeSeek, RelativeSeek) AbsoluteSeek)
  let arr = listArray (ReadMode, ReadWriteMode) "rwax"
  print (arr ! AppendMode, bounds arr, elems arr)
  let n = 3 :: Natural
      big = 2 ^ (70 :: Int) :: Natural
  print (range (n, 7), range (7, n), range (big, big + 2))
  print (map (index (n, 9)) [3, 5, 9], index (big, big + 5) (big + 4))
  print (map (inRange (n, 9)) [0, 3, 9, 10, big])
  print (rangeSize (n, 9), rangeSize (9, n), rangeSize (big, big + 9), rangeSize (0 :: Natural, 0))
  try' (index (n, 9) 10)
  try' (index (n, 9) 1)
  try' (index (big, big + 1) 0)
  let narr = accumArray (+) 0 (2, 6) [(i, fromIntegral i * 10) | i <- [2 .. 6 :: Natural]] :: Array Natural Int
  print (narr ! 4, sum (elems narr))
