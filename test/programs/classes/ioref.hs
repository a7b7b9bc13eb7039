import Data.IORef
import Control.Monad

main :: IO ()
main = do
  r <- newIORef (10 :: Int)
  readIORef r >>= print
  writeIORef r 20
  readIORef r >>= print
  modifyIORef r (*2)
  readIORef r >>= print
  modifyIORef' r (subtract 1)
  readIORef r >>= print
  old <- atomicModifyIORef' r (\x -> (x + 100, x))
  print old
  readIORef r >>= print
  s <- atomicModifyIORef r (\x -> (x - 1, show x))
  putStrLn s
  atomicWriteIORef r 7
  readIORef r >>= print
  r2 <- newIORef r
  print (r == r, r2 == r2)
  r3 <- newIORef (0 :: Int)
  print (r == r3)
  lst <- newIORef ([] :: [String])
  forM_ (words "one two three") $ \w -> modifyIORef lst (w:)
  readIORef lst >>= print
  lazy <- newIORef (undefined :: Int)
  modifyIORef lazy (const 5)
  readIORef lazy >>= print
  c <- newIORef (0 :: Int)
  mapM_ (\i -> atomicModifyIORef' c (\x -> (x + i, ()))) [1 .. 1000]
  readIORef c >>= print
  modifyIORef' lazy (`div` 0)
  readIORef lazy >>= print
