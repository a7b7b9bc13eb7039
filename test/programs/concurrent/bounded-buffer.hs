-- Producer/consumer over a bounded buffer made of MVars (a slot count and
-- a queue, with wake-up flags passed on), several producers and consumers;
-- totals are scheduling-free.
import Control.Concurrent
import Control.Monad

data Buffer a = Buffer (MVar [a]) (MVar Int) (MVar ()) (MVar ())

newBuffer :: Int -> IO (Buffer a)
newBuffer n = Buffer <$> newMVar [] <*> newMVar n <*> newEmptyMVar <*> newEmptyMVar

put :: Buffer a -> a -> IO ()
put b@(Buffer q free notFull notEmpty) x = do
  n <- takeMVar free
  if n == 0
    then putMVar free n >> takeMVar notFull >> put b x
    else do
      putMVar free (n - 1)
      modifyMVar_ q (return . (++ [x]))
      _ <- tryPutMVar notEmpty ()
      -- pass the baton: another producer may still find room
      when (n > 1) (void (tryPutMVar notFull ()))

get :: Buffer a -> IO a
get b@(Buffer q free notFull notEmpty) = do
  xs <- takeMVar q
  case xs of
    [] -> putMVar q xs >> takeMVar notEmpty >> get b
    (y : ys) -> do
      putMVar q ys
      modifyMVar_ free (return . (+ 1))
      _ <- tryPutMVar notFull ()
      -- pass the baton: another consumer may still find an item
      unless (null ys) (void (tryPutMVar notEmpty ()))
      return y

main :: IO ()
main = do
  buf <- newBuffer 3
  results <- newEmptyMVar
  forM_ [0 .. 2 :: Int] $ \p -> forkIO (mapM_ (put buf) [p * 100 + i | i <- [1 .. 20]])
  forM_ [1 .. 2 :: Int] $ \_ -> forkIO (replicateM 30 (get buf) >>= putMVar results . sum)
  a <- takeMVar results
  b <- takeMVar results
  print (a + b)
