-- Concurrency: Chan pipelines, MVar as a lock and counter, modifyMVar,
-- QSem, forkIO with results collected in order, and killThread.
module Main (main) where

import Control.Concurrent
import Control.Concurrent.Chan
import Control.Concurrent.QSem
import Control.Exception
import Control.Monad

producer :: Chan (Maybe Int) -> IO ()
producer ch = do
  forM_ [1 .. 10] (writeChan ch . Just)
  writeChan ch Nothing

stage :: (Int -> Int) -> Chan (Maybe Int) -> Chan (Maybe Int) -> IO ()
stage f inC outC = loop
  where loop = do
          m <- readChan inC
          case m of
            Nothing -> writeChan outC Nothing
            Just x -> writeChan outC (Just (f x)) >> loop

collect :: Chan (Maybe Int) -> IO [Int]
collect ch = do
  m <- readChan ch
  case m of
    Nothing -> return []
    Just x -> (x :) <$> collect ch

main :: IO ()
main = do
  c1 <- newChan
  c2 <- newChan
  c3 <- newChan
  _ <- forkIO (producer c1)
  _ <- forkIO (stage (* 2) c1 c2)
  _ <- forkIO (stage (+ 1) c2 c3)
  collect c3 >>= print
  counter <- newMVar (0 :: Int)
  dones <- forM [1 .. 5 :: Int] $ \i -> do
    d <- newEmptyMVar
    _ <- forkIO $ do
      replicateM_ 100 (modifyMVar_ counter (return . (+ i)))
      putMVar d i
    return d
  rs <- mapM takeMVar dones
  readMVar counter >>= print
  print rs
  old <- modifyMVar counter (\v -> return (0, v))
  print old
  sem <- newQSem 2
  active <- newMVar (0 :: Int, 0 :: Int)
  ws <- forM [1 .. 6 :: Int] $ \_ -> do
    d <- newEmptyMVar
    _ <- forkIO $ bracket_ (waitQSem sem) (signalQSem sem) (do
      modifyMVar_ active (\(n, mx) -> return (n + 1, max mx (n + 1)))
      yield
      modifyMVar_ active (\(n, mx) -> return (n - 1, mx))) `finally` putMVar d ()
    return d
  mapM_ takeMVar ws
  readMVar active >>= \(n, mx) -> print (n, mx <= 2)
  blocker <- newEmptyMVar :: IO (MVar ())
  res <- newEmptyMVar
  t <- forkIO ((takeMVar blocker >> putMVar res "finished") `catch` \e -> putMVar res ("killed: " ++ show (e :: AsyncException)))
  yield
  killThread t
  takeMVar res >>= putStrLn
  tid <- myThreadId
  print (tid == tid)
