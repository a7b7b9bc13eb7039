-- A bounded queue in STM (retry when full or empty) between producers and
-- consumers; registerDelay-free, scheduling-free totals.
import Control.Concurrent
import Control.Monad
import GHC.Conc

data Q a = Q Int (TVar [a])

push :: Q a -> a -> STM ()
push (Q cap v) x = do
  xs <- readTVar v
  if length xs >= cap then retry else writeTVar v (xs ++ [x])

pop :: Q a -> STM a
pop (Q _ v) = do
  xs <- readTVar v
  case xs of
    [] -> retry
    (y : ys) -> writeTVar v ys >> return y

main :: IO ()
main = do
  q <- Q 2 <$> newTVarIO []
  total <- newTVarIO (0 :: Int)
  done <- newEmptyMVar
  forM_ [1 .. 3 :: Int] $ \p -> forkIO $ do
    forM_ [1 .. 10] $ \i -> atomically (push q (p * i))
    putMVar done ()
  forM_ [1 .. 2 :: Int] $ \_ -> forkIO $ do
    replicateM_ 15 (atomically (pop q >>= \x -> readTVar total >>= writeTVar total . (+ x)))
    putMVar done ()
  replicateM_ 5 (takeMVar done)
  readTVarIO total >>= print
  r <- atomically ((Just <$> pop q) `orElse` return Nothing)
  print (r :: Maybe Int)
