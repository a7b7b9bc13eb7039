-- <<loop>> inside a forked thread: the thread dies with NonTermination,
-- reported by forkIO's handler on stderr; main goes on. A thunk forced by
-- two threads is evaluated once.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  done <- newEmptyMVar
  _ <- forkIO $ do
    r <- try (evaluate (let x = x + 1 :: Int in x))
    case r of
      Left NonTermination -> putStrLn "child: <<loop>>"
      Right v -> print v
    putMVar done ()
  takeMVar done
  let shared = sum [1 .. 200000 :: Int]
  v <- newEmptyMVar
  _ <- forkIO (evaluate shared >>= putMVar v)
  _ <- forkIO (evaluate shared >>= putMVar v)
  a <- takeMVar v
  b <- takeMVar v
  print (a, b)
  _ <- forkIO (let y = y + 1 :: Int in print y `finally` putMVar done ())
  takeMVar done
  putStrLn "main done"
