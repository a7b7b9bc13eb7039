-- TVar operations: modifyTVar (lazy), modifyTVar' (strict), stateTVar,
-- swapTVar, readTVarIO, Eq on TVars, newTVar inside a transaction.
import Control.Concurrent.STM
import Control.Exception

main :: IO ()
main = do
  v <- newTVarIO (10 :: Int)
  atomically (modifyTVar v (* 3))
  readTVarIO v >>= print
  atomically (modifyTVar' v (+ 1))
  readTVarIO v >>= print
  r <- atomically (stateTVar v (\s -> (show s, s - 1)))
  putStrLn r
  old <- atomically (swapTVar v 100)
  new <- readTVarIO v
  print (old, new)
  w <- atomically (newTVar (0 :: Int))
  print (v == v, v == w)
  atomically (modifyTVar v (const undefined))
  ok <- try (readTVarIO v >>= evaluate)
  putStrLn (either (\e -> "lazy write forced later: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show ok)
  bad <- try (atomically (modifyTVar' w (const (error "strict"))))
  putStrLn (either (\e -> "strict write failed: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show bad)
  readTVarIO w >>= print
