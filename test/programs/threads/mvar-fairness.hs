-- GHC's MVars are fair: threads blocked on one are served first come,
-- first served. Each reader is known to be blocked (threadStatus) before
-- the next one is forked, so the order they queue in is fixed.
import Control.Concurrent
import Control.Monad
import GHC.Conc (ThreadStatus (..), BlockReason (..), threadStatus)

waitBlocked :: ThreadId -> IO ()
waitBlocked t = do
  s <- threadStatus t
  case s of
    ThreadBlocked BlockedOnMVar -> pure ()
    _ -> yield >> waitBlocked t

main :: IO ()
main = do
  box <- newEmptyMVar
  log' <- newMVar []
  done <- newEmptyMVar
  forM_ "abcde" $ \name -> do
    t <- forkIO $ do
      v <- takeMVar box
      modifyMVar_ log' (pure . ((name, v) :))
      putMVar done ()
    waitBlocked t
  forM_ [1 .. 5 :: Int] $ \i -> putMVar box i
  replicateM_ 5 (takeMVar done)
  readMVar log' >>= print . reverse
