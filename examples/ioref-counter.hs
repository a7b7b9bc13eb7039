-- IORef and STRef at -O0 and -O1: a counter, strict modification,
-- atomicModifyIORef', an STRef sum inside runST, and a list kept in an IORef.
import Data.IORef
import Data.STRef
import Control.Monad.ST
import Control.Monad (forM_, replicateM_, when)

sumST :: [Int] -> Int
sumST xs = runST $ do
  ref <- newSTRef 0
  mapM_ (\x -> modifySTRef' ref (+ x)) xs
  readSTRef ref

-- Fibonacci with two STRefs.
fibST :: Int -> Integer
fibST n = runST $ do
  a <- newSTRef 0
  b <- newSTRef 1
  replicateM_ n $ do
    x <- readSTRef a
    y <- readSTRef b
    writeSTRef a y
    writeSTRef b $! x + y
  readSTRef a

main :: IO ()
main = do
  counter <- newIORef (0 :: Int)
  forM_ [1 .. 10] $ \i -> modifyIORef' counter (+ i)
  readIORef counter >>= print
  modifyIORef counter (* 2)
  readIORef counter >>= print
  old <- atomicModifyIORef' counter (\n -> (n + 1, n))
  new <- readIORef counter
  print (old, new)
  r <- atomicModifyIORef counter (\n -> (n - 100, show n))
  putStrLn r
  readIORef counter >>= print
  writeIORef counter 7
  atomicWriteIORef counter 8
  readIORef counter >>= print
  logRef <- newIORef []
  forM_ (words "one two three four") $ \w ->
    when (length w > 3) $ modifyIORef logRef (w :)
  readIORef logRef >>= print . reverse
  print (sumST [1 .. 100])
  print (map fibST [0, 1, 10, 90])
  -- A lazily-modified IORef holding a thunk chain.
  lazyRef <- newIORef (1 :: Integer)
  replicateM_ 20 (modifyIORef lazyRef (* 2))
  readIORef lazyRef >>= print
