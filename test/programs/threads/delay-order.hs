-- Threads sleeping for different times wake in the order of their
-- deadlines (far enough apart).
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  out <- newChan
  forM_ [(3, "third"), (1, "first"), (4, "fourth"), (2, "second")] $ \(k, name) ->
    forkIO $ threadDelay (k * 40000) >> writeChan out (name :: String)
  names <- replicateM 4 (readChan out)
  mapM_ putStrLn names
