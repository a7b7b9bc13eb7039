-- System.Timeout: a slow action times out, a fast one does not, a
-- non-terminating loop is interrupted, and nested timeouts stay apart.
import Control.Concurrent
import Control.Exception
import System.Timeout

main :: IO ()
main = do
  r1 <- timeout 1000 (threadDelay 1000000 >> return "slow")
  print r1
  r2 <- timeout 1000000 (return "fast")
  print r2
  r3 <- timeout 0 (return "zero")
  print r3
  r4 <- timeout (-1) (return "forever")
  print r4
  r5 <- timeout 5000 (evaluate (length [1 ..]))
  print r5
  r6 <- timeout 100000 (timeout 1000 (threadDelay 50000))
  print r6
  r7 <- try (timeout 100000 (throwIO (userError "inside")))
  print (r7 :: Either IOException (Maybe ()))
