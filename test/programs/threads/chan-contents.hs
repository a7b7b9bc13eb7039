-- getChanContents reads lazily as a writer fills the Chan; dupChan sees
-- what is written after it; writeList2Chan writes a list.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  c <- newChan
  _ <- forkIO $ forM_ [1 .. 10 :: Int] (writeChan c)
  xs <- getChanContents c
  print (take 10 xs)
  d <- newChan
  d2 <- dupChan d
  writeList2Chan d "hello"
  a <- replicateM 5 (readChan d)
  b <- replicateM 5 (readChan d2)
  print (a, b)
