-- A bank with STM: accounts in TVars and a TArray, transfers that retry
-- until funds suffice, a TMVar lock, audit logs in TChan/TQueue/TBQueue,
-- and a TSem limiting concurrent tellers.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Concurrent.STM.TSem
import Control.Monad
import Data.Array (elems)
import qualified Data.Array
import qualified Data.Array.MArray as M

transfer :: TVar Int -> TVar Int -> Int -> STM ()
transfer from to n = do
  b <- readTVar from
  when (b < n) retry
  modifyTVar' from (subtract n)
  modifyTVar to (+ n)

main :: IO ()
main = do
  a <- newTVarIO 100
  b <- newTVarIO 50
  log1 <- newTChanIO
  q <- newTQueueIO
  bq <- newTBQueueIO 4
  lock <- newTMVarIO "teller"
  sem <- atomically (newTSem 2)
  done <- newEmptyMVar
  forM_ [1 .. 5 :: Int] $ \i -> forkIO $ do
    atomically (waitTSem sem)
    atomically $ do
      transfer a b (i * 3)
      writeTChan log1 ("t" ++ show i)
      writeTQueue q i
    atomically (signalTSem sem)
    putMVar done ()
  replicateM_ 5 (takeMVar done)
  balances <- atomically ((,) <$> readTVar a <*> readTVar b)
  print balances
  logs <- atomically (replicateM 5 (readTChan log1))
  print (length logs, sum [read (tail l) :: Int | l <- logs])
  qs <- atomically (flushTQueue q)
  print (sum qs, length qs)
  -- orElse and retry-based choices
  r <- atomically ((transfer b a 1000 >> return "big") `orElse` (transfer b a 10 >> return "small"))
  print r
  print =<< atomically (readTVar a)
  -- TBQueue capacity
  atomically (mapM_ (writeTBQueue bq) [1, 2, 3, 4 :: Int])
  full <- atomically (isFullTBQueue bq)
  n <- atomically (lengthTBQueue bq)
  x <- atomically (readTBQueue bq)
  y <- atomically (tryReadTBQueue bq)
  pk <- atomically (peekTBQueue bq)
  rest <- atomically (flushTBQueue bq)
  e <- atomically (isEmptyTBQueue bq)
  atomically (unGetTBQueue bq 9)
  z <- atomically (tryPeekTBQueue bq)
  print (full, n, x, y, pk, rest, e, z)
  -- TMVar
  who <- atomically (takeTMVar lock)
  em <- atomically (isEmptyTMVar lock)
  ok <- atomically (tryPutTMVar lock "second")
  ok2 <- atomically (tryPutTMVar lock "third")
  sw <- atomically (swapTMVar lock "fourth")
  rd <- atomically (readTMVar lock)
  tr <- atomically (tryReadTMVar lock)
  tk <- atomically (tryTakeTMVar lock)
  tk2 <- atomically (tryTakeTMVar lock)
  m2 <- newEmptyTMVarIO
  forkIO (threadDelay 1000 >> atomically (putTMVar m2 'm'))
  got <- atomically (takeTMVar m2)
  print (who, em, ok, ok2, sw, rd, tr, tk, tk2 :: Maybe String, got)
  -- TChan broadcast and dup
  bc <- newBroadcastTChanIO
  r1 <- atomically (dupTChan bc)
  r2 <- atomically (dupTChan bc)
  atomically (mapM_ (writeTChan bc) "abc")
  s1 <- atomically (replicateM 3 (readTChan r1))
  s2 <- atomically (tryReadTChan r2)
  p2 <- atomically (peekTChan r2)
  tp <- atomically (tryPeekTChan r2)
  atomically (unGetTChan r2 'z')
  c2 <- atomically (cloneTChan r2)
  s3 <- atomically (replicateM 3 (readTChan c2))
  emp <- atomically (isEmptyTChan r1)
  print (s1, s2, p2, tp, s3, emp)
  -- TQueue ops
  q2 <- newTQueueIO
  atomically (mapM_ (writeTQueue q2) [10, 20, 30 :: Int])
  h <- atomically (peekTQueue q2)
  h2 <- atomically (tryReadTQueue q2)
  atomically (unGetTQueue q2 5)
  tp2 <- atomically (tryPeekTQueue q2)
  ie <- atomically (isEmptyTQueue q2)
  fl <- atomically (flushTQueue q2)
  print (h, h2, tp2, ie, fl)
  -- TArray of accounts
  arr <- atomically (M.newListArray (0, 4) [10, 20, 30, 40, 50]) :: IO (TArray Int Int)
  atomically $ forM_ [0 .. 3] $ \i -> do
    v <- M.readArray arr i
    w <- M.readArray arr (i + 1)
    M.writeArray arr i (v + w)
  es <- atomically (M.getElems arr)
  bnds <- atomically (M.getBounds arr)
  frozen <- atomically (M.freeze arr)
  print (es, bnds, elems (frozen :: Data.Array.Array Int Int))
  -- TVar extras
  tv <- newTVarIO (0 :: Int)
  atomically (stateTVar tv (\s -> (s + 1, s + 10)) >>= writeTVar tv)
  old <- atomically (swapTVar tv 99)
  atomically (modifyTVar' tv (* 2))
  v <- readTVarIO tv
  atomically (readTVar tv >>= check . (> 0))
  print (old, v)
  sem2 <- atomically (newTSem 0)
  forkIO (atomically (signalTSemN 3 sem2))
  atomically (waitTSem sem2 >> waitTSem sem2 >> waitTSem sem2)
  putStrLn "semaphore drained"
  res <- atomically ((throwSTM (userError "boom") :: STM Int) `catchSTM` (\ex -> return (length (show (ex :: IOError)))))
  print res
