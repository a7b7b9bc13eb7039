-- IORefs captured in closures (a counter generator, a memo table), STRefs
-- in runST loops, and an STArray and STRef together, at -O0 and -O1.
import Data.IORef
import Data.STRef
import Control.Monad.ST
import Data.Array.ST
import Data.Array
import Control.Monad

makeCounter :: Int -> IO (IO Int)
makeCounter start = do
  ref <- newIORef start
  return $ do
    n <- readIORef ref
    writeIORef ref (n + 1)
    return n

memoFib :: IORef [(Int, Integer)] -> Int -> IO Integer
memoFib memo n
  | n < 2 = return (fromIntegral n)
  | otherwise = do
      table <- readIORef memo
      case lookup n table of
        Just v -> return v
        Nothing -> do
          a <- memoFib memo (n - 1)
          b <- memoFib memo (n - 2)
          let v = a + b
          modifyIORef memo ((n, v) :)
          return v

-- Count the distinct values and the running maximum in one ST pass.
stats :: [Int] -> (Int, Int)
stats xs = runST $ do
  seen <- newArray (0, 99) False :: ST s (STArray s Int Bool)
  distinct <- newSTRef 0
  best <- newSTRef minBound
  forM_ xs $ \x -> do
    s <- readArray seen x
    unless s $ do
      writeArray seen x True
      modifySTRef' distinct (+ 1)
    modifySTRef best (max x)
  (,) <$> readSTRef distinct <*> readSTRef best

-- Bubble sort in an STArray, counting swaps in an STRef.
bubble :: [Int] -> ([Int], Int)
bubble xs = runST $ do
  let n = length xs
  arr <- newListArray (0, n - 1) xs :: ST s (STArray s Int Int)
  swaps <- newSTRef (0 :: Int)
  forM_ [n - 1, n - 2 .. 1] $ \hi ->
    forM_ [0 .. hi - 1] $ \i -> do
      a <- readArray arr i
      b <- readArray arr (i + 1)
      when (a > b) $ do
        writeArray arr i b
        writeArray arr (i + 1) a
        modifySTRef' swaps (+ 1)
  sorted <- getElems arr
  k <- readSTRef swaps
  return (sorted, k)

main :: IO ()
main = do
  next <- makeCounter 10
  a <- next
  b <- next
  c <- next
  print [a, b, c]
  other <- makeCounter 0
  replicateM_ 5 (void other)
  other >>= print
  next >>= print
  memo <- newIORef []
  memoFib memo 80 >>= print
  readIORef memo >>= print . length
  print (stats [5, 3, 5, 9, 3, 1, 9, 9, 0])
  print (bubble [5, 1, 4, 2, 8, 0, 3])
  total <- newIORef (0 :: Int)
  mapM_ (\x -> atomicModifyIORef' total (\t -> (t + x, ()))) [1 .. 1000]
  readIORef total >>= print
  let frozen = runSTArray (do arr <- newArray (1, 3) 'x'; writeArray arr 2 'y'; return arr)
  print (elems frozen, bounds frozen)
