-- A job scheduler's STM plumbing: every TQueue, TBQueue, TChan (broadcast
-- and duplicated), TMVar and TSem operation inside transactions composed
-- with orElse/check/retry, TArray as a MArray with Eq, run by a few worker
-- threads whose results are collected deterministically.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Concurrent.STM.TSem
import Control.Monad
import Data.Array.MArray

main :: IO ()
main = do
  -- TQueue
  q <- newTQueueIO
  atomically $ mapM_ (writeTQueue q) [1 .. 5 :: Int]
  r1 <- atomically $ do
    a <- readTQueue q
    b <- peekTQueue q
    c <- tryReadTQueue q
    d <- tryPeekTQueue q
    unGetTQueue q 99
    e <- isEmptyTQueue q
    rest <- flushTQueue q
    f <- isEmptyTQueue q
    g <- tryReadTQueue q
    h <- tryPeekTQueue q
    return (a, b, c, d, e, rest, f, g, h)
  print r1
  q2 <- atomically newTQueue
  atomically (writeTQueue q2 'x')
  atomically (readTQueue q2 `orElse` return 'y') >>= print
  atomically (readTQueue q2 `orElse` return 'z') >>= print
  -- TBQueue with a bound
  bq <- newTBQueueIO 2
  atomically $ writeTBQueue bq 'a' >> writeTBQueue bq 'b'
  full <- atomically $ (writeTBQueue bq 'c' >> return False) `orElse` return True
  r2 <- atomically $ do
    n <- lengthTBQueue bq
    f <- isFullTBQueue bq
    a <- readTBQueue bq
    p <- peekTBQueue bq
    tp <- tryPeekTBQueue bq
    tr <- tryReadTBQueue bq
    e <- isEmptyTBQueue bq
    unGetTBQueue bq 'u'
    fl <- flushTBQueue bq
    none <- tryReadTBQueue bq
    return (n, f, a, p, tp, tr, e, fl, none)
  print (full, r2)
  bq2 <- atomically (newTBQueue 3)
  atomically (writeTBQueue bq2 (1 :: Int))
  atomically (readTBQueue bq2) >>= print
  -- TChan: broadcast and dup
  bc <- newBroadcastTChanIO
  r1c <- atomically (dupTChan bc)
  r2c <- atomically (dupTChan bc)
  atomically $ mapM_ (writeTChan bc) "hey"
  xs <- atomically $ replicateM 3 (readTChan r1c)
  y <- atomically $ readTChan r2c
  atomically $ unGetTChan r2c 'Y'
  ys <- atomically $ (,,) <$> readTChan r2c <*> peekTChan r2c <*> tryPeekTChan r2c
  zs <- atomically $ (,,) <$> tryReadTChan r2c <*> tryReadTChan r2c <*> isEmptyTChan r2c
  print (xs, y, ys, zs)
  bc2 <- atomically newBroadcastTChan
  c3 <- atomically (dupTChan bc2)
  c4 <- atomically (cloneTChan c3)
  atomically (writeTChan bc2 (7 :: Int))
  atomically ((,) <$> readTChan c3 <*> readTChan c4) >>= print
  ch <- newTChanIO
  atomically (writeTChan ch "plain")
  atomically (readTChan ch) >>= putStrLn
  ch2 <- atomically newTChan
  atomically (writeTChan ch2 ()) >> atomically (isEmptyTChan ch2) >>= print
  -- TMVar
  mv <- newTMVarIO 'm'
  emv <- newEmptyTMVarIO :: IO (TMVar Int)
  r3 <- atomically $ do
    a <- isEmptyTMVar mv
    b <- readTMVar mv
    c <- swapTMVar mv 'n'
    d <- tryReadTMVar mv
    e <- takeTMVar mv
    f <- tryTakeTMVar mv
    g <- tryPutTMVar mv 'o'
    h <- tryPutTMVar mv 'p'
    i <- tryTakeTMVar mv
    putTMVar mv 'q'
    j <- isEmptyTMVar emv
    k <- tryReadTMVar emv
    return (a, b, c, d, e, f, g, h, i, j, k)
  print r3
  m2 <- atomically (newTMVar (0 :: Int))
  m3 <- atomically newEmptyTMVar
  done <- newEmptyMVar
  forM_ [1 .. 4 :: Int] $ \i -> forkIO $ do
    atomically $ takeTMVar m2 >>= putTMVar m2 . (+ i)
    putMVar done ()
  replicateM_ 4 (takeMVar done)
  atomically (readTMVar m2) >>= print
  _ <- forkIO (atomically (putTMVar m3 "from thread"))
  atomically (takeTMVar m3) >>= putStrLn
  -- TSem limiting concurrency
  sem <- atomically (newTSem 2)
  active <- newTVarIO (0 :: Int)
  peak <- newTVarIO (0 :: Int)
  fin <- newTVarIO (0 :: Int)
  forM_ [1 .. 5 :: Int] $ \_ -> forkIO $ do
    atomically $ waitTSem sem >> modifyTVar' active (+ 1) >> readTVar active >>= \a -> modifyTVar' peak (max a)
    yield
    atomically $ modifyTVar' active (subtract 1) >> signalTSem sem >> modifyTVar' fin (+ 1)
  atomically $ readTVar fin >>= check . (== 5)
  p <- readTVarIO peak
  print (p <= 2, p >= 1)
  atomically (signalTSemN 3 sem)
  atomically (replicateM_ 5 (waitTSem sem))
  ok <- atomically ((waitTSem sem >> return "acquired") `orElse` return "would block")
  putStrLn ok
  -- TArray
  ta <- atomically (newArray (0, 4) 0) :: IO (TArray Int Int)
  tb <- atomically (newListArray (0, 2) [5, 6, 7]) :: IO (TArray Int Int)
  atomically $ forM_ [0 .. 4] $ \i -> writeArray ta i (i * i)
  atomically (getElems ta) >>= print
  atomically (getBounds tb) >>= print
  atomically (readArray tb 1) >>= print
  print (ta == ta, ta == (tb :: TArray Int Int))
  -- TVar odds and ends
  tv <- newTVarIO (10 :: Int)
  atomically (stateTVar tv (\x -> (x * 2, x + 1))) >>= print
  atomically (swapTVar tv 0) >>= print
  atomically (modifyTVar tv (+ 5)) >> readTVarIO tv >>= print
  r <- atomically ((readTVar tv >>= check . (> 100) >> return "big") `orElse` return "small")
  putStrLn r
  n <- atomically (throwSTM (userError "stm") `catchSTM` (\e -> return (show (e :: IOError))))
  putStrLn n
