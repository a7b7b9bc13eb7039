-- TChan operations in one thread: peek, unGet, tryRead on empty, clone
-- (which copies the unread items) and dup (which does not).
import Control.Concurrent.STM

main :: IO ()
main = do
  c <- newTChanIO
  atomically (mapM_ (writeTChan c) "abc")
  p <- atomically (peekTChan c)
  tp <- atomically (tryPeekTChan c)
  x <- atomically (readTChan c)
  atomically (unGetTChan c 'z')
  cl <- atomically (cloneTChan c)
  d <- atomically (dupTChan c)
  atomically (writeTChan c 'd')
  let drain ch = atomically $ do
        m <- tryReadTChan ch
        case m of
          Nothing -> pure []
          Just v -> (v :) <$> drainSTM ch
      drainSTM ch = do
        m <- tryReadTChan ch
        case m of
          Nothing -> pure []
          Just v -> (v :) <$> drainSTM ch
  rest <- drain c
  restClone <- drain cl
  restDup <- drain d
  e <- atomically (isEmptyTChan c)
  none <- atomically (tryPeekTChan c)
  print (p, tp, x, rest, restClone, restDup, e, none)
  c2 <- atomically newTChan :: IO (TChan Int)
  print (c == c, c2 == c2, cl == c)
