-- throwTo to oneself inside unsafePerformIO: the exception is asynchronous,
-- so the thunk is suspended at the throwTo, not made to raise again; the
-- second demand goes on after the throwTo (the counter shows the first
-- part ran once).
import Control.Concurrent
import Control.Exception
import Data.IORef
import System.IO.Unsafe

{-# NOINLINE counter #-}
counter :: IORef Int
counter = unsafePerformIO (newIORef 0)

{-# NOINLINE x #-}
x :: Int
x = unsafePerformIO $ do
  n <- readIORef counter
  writeIORef counter (n + 1)
  me <- myThreadId
  if n == 0 then throwTo me ThreadKilled else return ()
  m <- readIORef counter
  return (100 + m)

-- A synchronous exception (throwIO) instead: the thunk raises it again.
{-# NOINLINE y #-}
y :: Int
y = unsafePerformIO $ do
  modifyIORef counter (+ 10)
  _ <- throwIO (userError "sync")
  return 0

main :: IO ()
main = do
  r <- try (evaluate (x + 1))
  print (r :: Either AsyncException Int)
  r2 <- try (evaluate (x + 1))
  print (r2 :: Either AsyncException Int)
  readIORef counter >>= print
  r3 <- try (evaluate y)
  print (r3 :: Either IOException Int)
  r4 <- try (evaluate y)
  print (r4 :: Either IOException Int)
  readIORef counter >>= print
