-- Data.IORef, Data.STRef and runST: mutable variables in IO and ST.
import Data.IORef
import Control.Monad.ST
import Data.STRef
import Control.Monad

sumST :: [Int] -> Int
sumST xs = runST $ do
  r <- newSTRef 0
  forM_ xs $ \x -> modifySTRef' r (+ x)
  readSTRef r

main :: IO ()
main = do
  r <- newIORef (0 :: Int)
  forM_ [1 .. 10] $ \i -> modifyIORef r (+ i)
  modifyIORef' r (* 2)
  v <- readIORef r
  print v
  writeIORef r 7
  atomicModifyIORef' r (\x -> (x + 1, ())) 
  n <- atomicModifyIORef r (\x -> (x * 3, x))
  readIORef r >>= print
  print n
  print (sumST [1 .. 100])
  s <- newIORef "log:"
  mapM_ (\w -> modifyIORef s (++ (' ' : w))) (words "a b c")
  readIORef s >>= putStrLn
