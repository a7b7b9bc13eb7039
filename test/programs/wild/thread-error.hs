import Control.Concurrent
main :: IO ()
main = do
  mv <- newEmptyMVar :: IO (MVar Int)
  forkIO (error "thread died")
  threadDelay 10000
  putStrLn "main continues"
  takeMVar mv >>= print
