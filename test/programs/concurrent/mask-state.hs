-- getMaskingState inside mask, uninterruptibleMask, restore, a forked
-- thread (inherits the mask) and forkIOWithUnmask.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  getMaskingState >>= print
  mask_ (getMaskingState >>= print)
  uninterruptibleMask_ (getMaskingState >>= print)
  mask $ \restore -> do
    getMaskingState >>= print
    restore (getMaskingState >>= print)
    getMaskingState >>= print
  v <- newEmptyMVar
  _ <- mask_ (forkIO (getMaskingState >>= putMVar v))
  takeMVar v >>= print
  _ <- mask_ (forkIOWithUnmask (\unmask -> unmask (getMaskingState >>= putMVar v)))
  takeMVar v >>= print
  r <- try (mask_ (throwIO (userError "in mask")))
  print (r :: Either IOException ())
  getMaskingState >>= print
  handle (\e -> do
            s <- getMaskingState
            putStrLn ("handler " ++ show (e :: ErrorCall) ++ " " ++ show s))
         (throwIO (ErrorCall "boom"))
  getMaskingState >>= print
