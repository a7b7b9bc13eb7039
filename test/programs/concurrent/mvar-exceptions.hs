-- The MVar combinators restore the contents when the action raises;
-- bracket's finaliser runs when the thread is killed inside it.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  m <- newMVar (10 :: Int)
  r <- try (modifyMVar_ m (\x -> if x > 5 then throwIO (userError "too big") else return (x + 1)))
  print (r :: Either IOException ())
  readMVar m >>= print
  r2 <- try (withMVar m (\_ -> evaluate (1 `div` (0 :: Int))))
  print (r2 :: Either ArithException Int)
  tryReadMVar m >>= print
  r3 <- try (modifyMVar m (\x -> return (x * 2, error "lazy result" :: Int)))
  case r3 of
    Left e -> putStrLn ("caught: " ++ takeWhile (/= '\n') (show (e :: ErrorCall)))
    Right _ -> putStrLn "result not forced"
  readMVar m >>= print
  log' <- newMVar []
  started <- newEmptyMVar
  done <- newEmptyMVar
  t <- forkIO $
    bracket (modifyMVar_ log' (return . ("acquire" :)))
            (\_ -> modifyMVar_ log' (return . ("release" :)) >> putMVar done ())
            (\_ -> putMVar started () >> threadDelay 10000000)
  takeMVar started
  killThread t
  takeMVar done
  readMVar log' >>= print . reverse
