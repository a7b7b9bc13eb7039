-- Three stages connected by TMVars: each stage takes from the one before
-- and puts into the next; the last stage's outputs come in order.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

stage :: TMVar (Maybe Int) -> TMVar (Maybe Int) -> (Int -> Int) -> IO ()
stage from to f = loop
  where
    loop = do
      m <- atomically (takeTMVar from)
      atomically (putTMVar to (fmap f m))
      maybe (pure ()) (const loop) m

main :: IO ()
main = do
  a <- newEmptyTMVarIO
  b <- newEmptyTMVarIO
  c <- newEmptyTMVarIO
  _ <- forkIO (stage a b (* 3))
  _ <- forkIO (stage b c (+ 1))
  _ <- forkIO (mapM_ (atomically . putTMVar a) (map Just [1 .. 8] ++ [Nothing]))
  let drain acc = do
        m <- atomically (takeTMVar c)
        maybe (pure (reverse acc)) (\x -> drain (x : acc)) m
  drain [] >>= print
  t <- newTMVarIO 'x'
  e1 <- atomically (isEmptyTMVar t)
  r <- atomically (readTMVar t)
  s <- atomically (swapTMVar t 'y')
  p1 <- atomically (tryPutTMVar t 'z')
  tk <- atomically (tryTakeTMVar t)
  tk2 <- atomically (tryTakeTMVar t)
  rd <- atomically (tryReadTMVar t)
  p2 <- atomically (tryPutTMVar t 'w')
  e2 <- atomically (isEmptyTMVar t)
  print (e1, r, s, p1, tk, tk2, rd, p2, e2)
  t2 <- atomically (newTMVar (1 :: Int))
  t3 <- atomically newEmptyTMVar
  print (t2 == t2, t2 == t3)
