-- The one thread: myThreadId, its Show/Eq/Ord, throwTo and killThread to
-- itself, caught and uncaught.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  t <- myThreadId
  print t
  print (Just t)
  t2 <- myThreadId
  print (t == t2, t /= t2, compare t t2, max t t2)
  yield
  r <- try (throwTo t (ErrorCall "self"))
  print (r :: Either ErrorCall ())
  r2 <- try (killThread t)
  print (r2 :: Either AsyncException ())
  r3 <- try (killThread t)
  print (either (\e -> "some: " ++ show (e :: SomeAsyncException)) (const "none") r3)
  putStrLn "killing"
  killThread t `finally` putStrLn "finalizer"
  putStrLn "not reached"
