-- Weak pointers to a TVar and a TMVar: dereferenced while the variable is
-- alive, and finalized by hand (the finalizer runs once).
import Control.Concurrent.STM
import System.Mem.Weak (deRefWeak, finalize)

main :: IO ()
main = do
  tv <- newTVarIO (41 :: Int)
  w <- mkWeakTVar tv (putStrLn "TVar finalizer ran")
  mt <- deRefWeak w
  case mt of
    Just t -> atomically (modifyTVar' t (+ 1)) >> readTVarIO t >>= print
    Nothing -> putStrLn "gone"
  finalize w
  finalize w
  tm <- newTMVarIO "full"
  wm <- mkWeakTMVar tm (putStrLn "TMVar finalizer ran")
  Just m <- deRefWeak wm
  atomically (takeTMVar m) >>= putStrLn
  finalize wm
  readTVarIO tv >>= print
