-- MVars in a program with one thread: every operation, the
-- BlockedIndefinitelyOnMVar that an empty take or a full put raises (no
-- other thread could ever wake it), fixIO, and the uncaught one at the end.
import Control.Concurrent.MVar
import Control.Exception
import System.IO

main :: IO ()
main = do
  m <- newMVar (1 :: Int)
  print =<< readMVar m
  modifyMVar_ m (return . (* 10))
  r <- modifyMVar m (\x -> return (x + 1, x * 2))
  print r
  print =<< withMVar m (return . show)
  print =<< isEmptyMVar m
  print =<< swapMVar m 5
  print =<< tryTakeMVar m
  print =<< tryTakeMVar m
  print =<< isEmptyMVar m
  print =<< tryPutMVar m 7
  print =<< tryPutMVar m 8
  print =<< tryReadMVar m
  e <- newEmptyMVar :: IO (MVar String)
  print =<< tryReadMVar e
  r1 <- try (takeMVar e)
  print (r1 :: Either BlockedIndefinitelyOnMVar String)
  r2 <- try (putMVar m 9)
  print (r2 :: Either SomeException ())
  r3 <- try (readMVar e)
  print (either (\ex -> "caught: " ++ show (ex :: BlockedIndefinitelyOnMVar)) id r3)
  putMVar e "filled"
  print =<< takeMVar e
  print (m == m)
  xs <- fixIO (\xs -> return (1 : map (* 2) (take 5 xs)))
  print (xs :: [Integer])
  hFlush stdout
  _ <- takeMVar e
  putStrLn "not reached"
