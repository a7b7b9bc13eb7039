-- forkFinally's handler sees the result or the exception; threadStatus of
-- a finished thread; forkIO's handler reports an uncaught exception of a
-- child on stderr and the program goes on.
import Control.Concurrent
import Control.Exception
import GHC.Conc (threadStatus)

main :: IO ()
main = do
  out <- newEmptyMVar
  _ <- forkFinally (return (6 * 7 :: Int)) (putMVar out . either (const "failed") show)
  takeMVar out >>= putStrLn
  _ <- forkFinally (throwIO (userError "bad") :: IO Int)
                   (putMVar out . either (\e -> "failed: " ++ show e) show)
  takeMVar out >>= putStrLn
  t <- forkIO (putMVar out "child ran")
  takeMVar out >>= putStrLn
  yield
  threadStatus t >>= print
  done <- newEmptyMVar
  _ <- forkIO ((error "child failed" :: IO ()) `finally` putMVar done ())
  takeMVar done
  threadDelay 1000
  putStrLn "main goes on"
