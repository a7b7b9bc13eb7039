-- dupChan broadcasts to every reader; getChanContents reads lazily.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  c <- newChan
  readers <- replicateM 3 (dupChan c)
  out <- newEmptyMVar
  forM_ (zip [1 :: Int ..] readers) $ \(i, r) -> forkIO $ do
    xs <- replicateM 4 (readChan r)
    putMVar out (i, sum xs)
  writeList2Chan c [10, 20, 30, 40 :: Int]
  rs <- replicateM 3 (takeMVar out)
  print (map snd rs)
  c2 <- newChan
  _ <- forkIO (mapM_ (writeChan c2) [1 .. 100 :: Int])
  xs <- getChanContents c2
  print (takeWhile (< 10) xs)
  print (sum (take 100 xs))
