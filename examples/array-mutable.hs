-- Mutable boxed arrays: STArray in the ST monad (runSTArray) and IOArray in
-- IO, with freeze and thaw to and from immutable arrays.
import Control.Monad
import Control.Monad.ST
import Data.Array
import Data.Array.IO
import Data.Array.ST
import Data.IORef

-- Sieve of Eratosthenes in ST.
sieve :: Int -> Array Int Bool
sieve n = runSTArray $ do
  arr <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    isPrime <- readArray arr i
    when (isPrime && i * i <= n) $
      forM_ [i * i, i * i + i .. n] $ \j -> writeArray arr j False
  return arr

-- Counting sort of small numbers, the counts in an STArray.
countingSort :: Int -> [Int] -> [Int]
countingSort hi xs = concat [replicate k v | (v, k) <- assocs counts]
  where
    counts = runSTArray $ do
      c <- newArray (0, hi) 0
      forM_ xs $ \x -> readArray c x >>= writeArray c x . (+ 1)
      return c

-- Pascal's triangle row by row, updating one array in place.
pascalRow :: Int -> [Integer]
pascalRow n = elems $ runSTArray $ do
  row <- newArray (0, n) 0
  writeArray row 0 1
  forM_ [1 .. n] $ \k ->
    forM_ [k, k - 1 .. 1] $ \j -> do
      a <- readArray row j
      b <- readArray row (j - 1)
      writeArray row j (a + b)
  return row

-- Bubble sort on an IOArray, counting the swaps.
bubbleSort :: IOArray Int Int -> IO Int
bubbleSort arr = do
  (lo, hi) <- getBounds arr
  swaps <- newIORef 0
  forM_ [hi, hi - 1 .. lo + 1] $ \end ->
    forM_ [lo .. end - 1] $ \i -> do
      a <- readArray arr i
      b <- readArray arr (i + 1)
      when (a > b) $ do
        writeArray arr i b
        writeArray arr (i + 1) a
        modifyIORef swaps (+ 1)
  readIORef swaps

main :: IO ()
main = do
  let ps = sieve 100
  print [i | (i, True) <- assocs ps]
  print (length (filter id (elems (sieve 5000))))
  print (countingSort 9 [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9])
  print (pascalRow 10)
  print (sum (pascalRow 30))
  io <- newListArray (1, 8) [5, 2, 9, 1, 5, 6, -3, 0] :: IO (IOArray Int Int)
  n <- bubbleSort io
  getElems io >>= print
  print n
  frozen <- freeze io :: IO (Array Int Int)
  writeArray io 1 100
  print (frozen ! 1, bounds frozen)
  getAssocs io >>= print . take 3
  grid <- newArray ((0, 0), (2, 3)) '.' :: IO (IOArray (Int, Int) Char)
  forM_ [0 .. 2] $ \i -> writeArray grid (i, i + 1) '#'
  rows <- forM [0 .. 2] $ \r -> forM [0 .. 3] $ \c -> readArray grid (r, c)
  mapM_ putStrLn rows
  t <- thaw (listArray (0, 2) "abc") :: IO (IOArray Int Char)
  writeArray t 0 'z'
  getElems t >>= putStrLn
  lazyCells <- newArray (0, 2) undefined :: IO (IOArray Int Int)
  writeArray lazyCells 1 42
  v <- readArray lazyCells 1
  _ <- readArray lazyCells 0
  print v
