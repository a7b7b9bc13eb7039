-- A producer puts 1..200 into a one-place MVar buffer; a consumer sums
-- them; main waits for the consumer's result.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  box <- newEmptyMVar
  result <- newEmptyMVar
  _ <- forkIO $ forM_ [1 .. 200 :: Int] (putMVar box . Just) >> putMVar box Nothing
  _ <- forkIO $
    let go acc count = do
          m <- takeMVar box
          case m of
            Just x -> go (acc + x) (count + 1 :: Int)
            Nothing -> putMVar result (acc, count)
     in go 0 0
  (s, c) <- takeMVar result
  putStrLn ("consumed " ++ show c ++ " items, sum " ++ show s)
