-- throwTo the calling thread raises the exception right there; the
-- handler catches it, and main goes on.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  me <- myThreadId
  r <- try (throwTo me (ErrorCall "to myself") >> pure "not reached")
  print (r :: Either ErrorCall String)
  r2 <- try (mask_ (throwTo me (userError "even masked")))
  print (r2 :: Either IOException ())
  putStrLn "still running"
