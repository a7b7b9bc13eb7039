-- killThread reaches a thread deep inside a non-tail recursion (at -O0
-- every level is a thunk under evaluation, each with its update frame):
-- every level is suspended, and main's demand later resumes them all, the
-- innermost first.
import Control.Concurrent
import Control.Exception

sumTo :: Integer -> Integer
sumTo 0 = 0
sumTo n = (3 ^ (n * 80)) `mod` 1000003 + sumTo (n - 1)

main :: IO ()
main = do
  let big = sumTo 1000
  done <- newEmptyMVar
  t <- forkIO $
    (evaluate big >> putMVar done "worker finished")
      `catch` \e -> putMVar done ("worker: " ++ show (e :: AsyncException))
  threadDelay 1
  killThread t
  takeMVar done >>= putStrLn
  print big
