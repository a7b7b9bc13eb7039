-- forkIO + MVar: a ping-pong between two threads, a producer/consumer pair,
-- and the MVar API (try*, isEmpty, swap, modify, withMVar, readMVar).
import Control.Concurrent
import Control.Concurrent.MVar
import Control.Monad

main :: IO ()
main = do
  ping <- newEmptyMVar
  pong <- newEmptyMVar
  _ <- forkIO $ forM_ [1 .. 5 :: Int] $ \_ -> do
    n <- takeMVar ping
    putMVar pong (n * 2)
  forM_ [1 .. 5 :: Int] $ \i -> do
    putMVar ping i
    r <- takeMVar pong
    putStrLn ("ping " ++ show i ++ " pong " ++ show r)
  box <- newEmptyMVar
  done <- newEmptyMVar
  _ <- forkIO $ do
    xs <- replicateM 10 (takeMVar box)
    putMVar done (sum xs :: Int)
  mapM_ (putMVar box) [1 .. 10]
  takeMVar done >>= print
  m <- newMVar 'a'
  tryTakeMVar m >>= print
  tryTakeMVar m >>= print
  isEmptyMVar m >>= print
  tryPutMVar m 'b' >>= print
  tryPutMVar m 'c' >>= print
  tryReadMVar m >>= print
  swapMVar m 'd' >>= print
  modifyMVar_ m (return . succ)
  readMVar m >>= print
  r <- modifyMVar m (\c -> return (succ c, [c, c]))
  putStrLn r
  withMVar m print
  print (m == m)
  tid <- myThreadId
  print tid
  t2 <- forkIO (return ())
  print (t2 > tid, t2 == tid)
