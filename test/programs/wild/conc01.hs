import Control.Concurrent
import Control.Concurrent.MVar
import Control.Concurrent.Chan
import Control.Monad
import Data.IORef
import Control.Exception

worker :: Chan (Maybe Int) -> MVar Int -> IO ()
worker ch done = loop 0
  where
    loop acc = do
      m <- readChan ch
      case m of
        Nothing -> putMVar done acc
        Just x -> loop (acc + x * x)

main :: IO ()
main = do
  ch <- newChan
  done <- newEmptyMVar
  _ <- forkIO (worker ch done)
  forM_ [1 .. 100] (writeChan ch . Just)
  writeChan ch Nothing
  r <- takeMVar done
  print r
  ref <- newIORef (0 :: Int)
  lock <- newMVar ()
  dones <- forM [1 .. 5 :: Int] $ \i -> do
    d <- newEmptyMVar
    _ <- forkIO $ do
      forM_ [1 .. 100] $ \_ -> withMVar lock (\_ -> modifyIORef' ref (+ i))
      putMVar d ()
    return d
  mapM_ takeMVar dones
  readIORef ref >>= print
  v <- atomicModifyIORef' ref (\x -> (x * 2, x + 1))
  print v
  readIORef ref >>= print
  mv <- newMVar [1, 2, 3 :: Int]
  modifyMVar_ mv (return . map (* 10))
  x <- modifyMVar mv (\xs -> return (tail xs, head xs))
  print x
  readMVar mv >>= print
  t <- tryTakeMVar done
  print t
  res <- newEmptyMVar
  tid <- forkIO ((threadDelay 1000000 >> putStrLn "never") `catch` \e -> putMVar res (show (e :: AsyncException)))
  yield
  killThread tid
  takeMVar res >>= putStrLn
  me <- myThreadId
  print (me == me)
  c2 <- newChan
  forkIO $ mapM_ (writeChan c2) "hello"
  s <- replicateM 5 (readChan c2)
  putStrLn s
  r <- try (evaluate (1 `div` (0 :: Int)))
  print (r :: Either ArithException Int)
