-- Asynchronous exceptions reaching threads that are blocked while they
-- evaluate thunks. GHC's runtime suspends those evaluations (it does not
-- make the thunks raise the exception again): a thunk blocked in takeMVar
-- runs takeMVar again when resumed, and one waiting on another thread's
-- blackhole waits again. Everything here is ordered by MVars, so the output
-- does not depend on scheduling.
import Control.Concurrent
import Control.Exception
import System.IO.Unsafe

report :: MVar () -> String -> IO () -> IO ThreadId
report done name act =
  forkIO $
    (act `catch` \e -> putStrLn (name ++ ": " ++ show (e :: AsyncException)))
      `finally` putMVar done ()

main :: IO ()
main = do
  -- 1. killed inside takeMVar, inside two thunks
  m <- newEmptyMVar :: IO (MVar Int)
  let v = unsafePerformIO (takeMVar m) + 1
      w = v * 2
  done <- newEmptyMVar
  t <- report done "taker" (evaluate w >>= print)
  threadDelay 100
  killThread t
  takeMVar done
  putMVar m 20
  print w

  -- 2. killed while waiting on a blackhole another thread evaluates
  gate <- newEmptyMVar :: IO (MVar Int)
  let x = unsafePerformIO (takeMVar gate) * 10
      y = x + 1
  doneA <- newEmptyMVar
  doneB <- newEmptyMVar
  _ <- report doneA "evaluator" (evaluate x >>= \n -> putStrLn ("evaluator: " ++ show n))
  threadDelay 100
  b <- report doneB "waiter" (evaluate y >>= print)
  threadDelay 100
  killThread b
  takeMVar doneB
  putMVar gate 4
  takeMVar doneA
  print y

  -- 3. killed by itself (throwTo is asynchronous even then)
  let z = unsafePerformIO (myThreadId >>= \me -> throwTo me ThreadKilled >> return 7) + (1 :: Int)
  r <- try (evaluate z)
  print (r :: Either AsyncException Int)
  print z
