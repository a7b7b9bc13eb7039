-- An exception thrown to a thread waits while the thread is masked and is
-- delivered when it blocks (interruptibly) or unmasks.
import Control.Concurrent
import Control.Exception

data Stop = Stop deriving Show
instance Exception Stop

main :: IO ()
main = do
  ready <- newEmptyMVar
  go <- newEmptyMVar :: IO (MVar ())
  out <- newEmptyMVar
  tid <- forkIO $ mask $ \restore -> do
    st <- getMaskingState
    putMVar ready st
    r <- try (restore (takeMVar go))
    putMVar out (either (\e -> "caught " ++ show (e :: Stop)) (const "not interrupted") r)
  st <- takeMVar ready
  putStrLn ("child's masking state: " ++ show st)
  throwTo tid Stop
  takeMVar out >>= putStrLn
  ms <- getMaskingState
  putStrLn ("main's masking state: " ++ show ms)
  m2 <- mask_ getMaskingState
  u2 <- uninterruptibleMask_ getMaskingState
  print (m2, u2)
