-- A thunk forced by two threads is evaluated once (the second waits on the
-- first's blackhole). Then <<loop>> inside a forked thread while main waits
-- for it: as in GHC's runtime, the loop is found when no thread can run, and
-- every blocked thread gets its exception at that point: the child
-- NonTermination (it reports it), main BlockedIndefinitelyOnMVar (the
-- program ends with it, exit 1), although the child puts the MVar.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  let shared = sum [1 .. 200000 :: Int]
  v <- newEmptyMVar
  _ <- forkIO (evaluate shared >>= putMVar v)
  _ <- forkIO (evaluate shared >>= putMVar v)
  a <- takeMVar v
  b <- takeMVar v
  print (a, b)
  done <- newEmptyMVar
  _ <- forkIO $ do
    r <- try (evaluate (let x = x + 1 :: Int in x))
    case r of
      Left NonTermination -> putStrLn "child: <<loop>>"
      Right n -> print n
    putMVar done ()
  takeMVar done
  putStrLn "main: not reached"
