-- A pool of four workers reads jobs from a Chan and writes results to
-- another; main collects every result and prints them sorted.
import Control.Concurrent
import Control.Monad
import Data.List (sort)

collatz :: Int -> Int
collatz 1 = 0
collatz n = 1 + collatz (if even n then n `div` 2 else 3 * n + 1)

main :: IO ()
main = do
  jobs <- newChan
  results <- newChan
  forM_ [1 .. 4 :: Int] $ \w -> forkIO $ forever $ do
    n <- readChan jobs
    writeChan results (n, collatz n, w > 0)
  let inputs = [1 .. 30]
  mapM_ (writeChan jobs) inputs
  rs <- replicateM (length inputs) (readChan results)
  forM_ (sort rs) $ \(n, steps, ok) -> putStrLn (show n ++ ": " ++ show steps ++ (if ok then "" else "?"))
  putStrLn ("longest: " ++ show (maximum [s | (_, s, _) <- rs]))
