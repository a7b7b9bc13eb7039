-- A thread killed inside bracket releases what it acquired; the events
-- are recorded in an MVar and printed by main.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  events <- newMVar []
  let note s = modifyMVar_ events (pure . (s :))
  inUse <- newEmptyMVar
  finished <- newEmptyMVar
  never <- newEmptyMVar :: IO (MVar ())
  t <- forkIO $
    ( bracket
        (note "acquire" >> pure "resource")
        (\r -> note ("release " ++ r))
        (\r -> note ("use " ++ r) >> putMVar inUse () >> takeMVar never)
    )
      `catch` (\e -> note ("handler: " ++ show (e :: AsyncException)))
      `finally` putMVar finished ()
  takeMVar inUse
  killThread t
  takeMVar finished
  readMVar events >>= mapM_ putStrLn . reverse
