-- System.Timeout: a quick action finishes within its limit; a long wait
-- does not.
import Control.Concurrent
import System.Timeout

main :: IO ()
main = do
  a <- timeout 2000000 (pure (sum [1 .. 100 :: Int]))
  print a
  b <- timeout 10000 (threadDelay 5000000 >> pure "late")
  print b
  m <- newEmptyMVar :: IO (MVar Int)
  c <- timeout 10000 (takeMVar m)
  print c
  d <- timeout (-1) (pure 'x')
  print d
