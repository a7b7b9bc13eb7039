-- forkFinally hands the thread's outcome (a value or its exception) to the
-- finaliser; main waits for both threads.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  r1 <- newEmptyMVar
  r2 <- newEmptyMVar
  _ <- forkFinally (pure (6 * 7 :: Int)) (putMVar r1)
  _ <- forkFinally (evaluate (1 `div` (0 :: Int))) (putMVar r2)
  a <- takeMVar r1
  b <- takeMVar r2
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (\v -> "value " ++ show v) a)
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (\v -> "value " ++ show v) b)
