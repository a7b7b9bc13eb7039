-- Masking states: mask, uninterruptibleMask, threads forked while masked
-- inherit the state, forkIOWithUnmask's unmask restores Unmasked.
import Control.Concurrent
import Control.Exception

childState :: (IO () -> IO ThreadId) -> IO MaskingState
childState fork = do
  v <- newEmptyMVar
  _ <- fork (getMaskingState >>= putMVar v)
  takeMVar v

main :: IO ()
main = do
  getMaskingState >>= print
  mask_ (getMaskingState >>= print)
  uninterruptibleMask_ (getMaskingState >>= print)
  mask $ \restore -> restore getMaskingState >>= print
  childState forkIO >>= print
  mask_ (childState forkIO) >>= print
  uninterruptibleMask_ (childState forkIO) >>= print
  v <- newEmptyMVar
  _ <- mask_ $ forkIOWithUnmask $ \unmask -> do
    a <- getMaskingState
    b <- unmask getMaskingState
    putMVar v (a, b)
  takeMVar v >>= print
  r <- try (mask_ (throwIO (userError "inside mask")))
  print (r :: Either IOException ())
  getMaskingState >>= print
