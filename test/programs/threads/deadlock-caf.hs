-- At a deadlock GHC's garbage collector finds no live root: a top-level
-- CAF that holds an MVar does not keep the thread blocked on it alive (a
-- CAF is retained only through the code of live threads). Both the forked
-- thread, blocked on the CAF's MVar, and main get BlockedIndefinitelyOnMVar.
-- (Which gets it first follows GHC's heap generations; main waits before
-- printing, so the output does not depend on that order.)
import Control.Concurrent
import Control.Exception
import System.IO.Unsafe

{-# NOINLINE global #-}
global :: MVar ()
global = unsafePerformIO newEmptyMVar

main :: IO ()
main = do
  _ <- forkIO $
    (takeMVar global >> putStrLn "worker woke")
      `catch` \e -> putStrLn ("worker: " ++ show (e :: BlockedIndefinitelyOnMVar))
  threadDelay 1000
  m <- newEmptyMVar :: IO (MVar ())
  r <- try (takeMVar m)
  threadDelay 1000
  print (r :: Either BlockedIndefinitelyOnMVar ())
  putMVar global ()
  tryTakeMVar global >>= print
