-- A small async/wait built from forkIO and MVars: each job's outcome,
-- value or exception, comes back to the one who waits for it.
import Control.Concurrent
import Control.Exception
import Control.Monad

newtype Async a = Async (MVar (Either SomeException a))

async :: IO a -> IO (Async a)
async act = do
  v <- newEmptyMVar
  _ <- forkIO (try act >>= putMVar v)
  pure (Async v)

wait :: Async a -> IO (Either SomeException a)
wait (Async v) = readMVar v

job :: Int -> IO Int
job n
  | n == 4 = throwIO (userError "job 4 failed")
  | n == 6 = evaluate (length [1 .. n] `div` 0)
  | otherwise = pure (product [1 .. n])

main :: IO ()
main = do
  as <- mapM (async . job) [1 .. 7]
  forM_ (zip [1 :: Int ..] as) $ \(i, a) -> do
    r <- wait a
    putStrLn (show i ++ ": " ++ either (\e -> "failed: " ++ show e) show r)
  r <- wait (head as)
  print (either (const 0) id r)
