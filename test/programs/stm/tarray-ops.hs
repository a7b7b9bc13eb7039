-- TArray through the MArray interface: new, read, write, bounds, elems,
-- and swaps of elements from several threads.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad
import Data.Array.MArray

main :: IO ()
main = do
  arr <- atomically (newArray (0, 9) 0) :: IO (TArray Int Int)
  atomically (forM_ [0 .. 9] $ \i -> writeArray arr i (i * i))
  atomically (getBounds arr) >>= print
  atomically (getElems arr) >>= print
  dones <- forM [0 .. 4] $ \i -> do
    d <- newEmptyMVar
    _ <- forkIO $ do
      atomically $ do
        a <- readArray arr i
        b <- readArray arr (9 - i)
        writeArray arr i b
        writeArray arr (9 - i) a
      putMVar d ()
    pure d
  mapM_ takeMVar dones
  atomically (getElems arr) >>= print
  grid <- atomically (newListArray ((0, 0), (1, 2)) "abcdef") :: IO (TArray (Int, Int) Char)
  atomically (readArray grid (1, 0)) >>= print
  atomically (getAssocs grid) >>= print
  print (arr == arr)
