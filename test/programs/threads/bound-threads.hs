-- The bound-thread and capability queries of GHC's non-threaded runtime:
-- no bound threads (forkOS and runInBoundThread raise base's userError),
-- one capability, forkOn's threads locked to it; weak ThreadIds.
import Control.Concurrent
import Control.Exception
import GHC.Conc (threadCapability)
import System.Mem.Weak (deRefWeak)

main :: IO ()
main = do
  print rtsSupportsBoundThreads
  isCurrentThreadBound >>= print
  me <- myThreadId
  threadCapability me >>= print
  w <- mkWeakThreadId me
  deRefWeak w >>= print
  done <- newEmptyMVar
  t1 <- forkIO (putMVar done ())
  takeMVar done
  threadCapability t1 >>= print
  t2 <- forkOn 3 (threadCapability me >>= putMVar done . const ())
  takeMVar done
  threadCapability t2 >>= print
  t3 <- forkOnWithUnmask 0 (\unmask -> unmask (putMVar done ()))
  takeMVar done
  threadCapability t3 >>= print
  r1 <- try (runInBoundThread (putStrLn "bound"))
  print (r1 :: Either IOException ())
  r2 <- try (forkOS (putStrLn "os"))
  print (fmap (const ()) (r2 :: Either IOException ThreadId))
  r3 <- try (forkOSWithUnmask (\_ -> putStrLn "os"))
  print (fmap (const ()) (r3 :: Either IOException ThreadId))
  runInUnboundThread (putStrLn "unbound")
