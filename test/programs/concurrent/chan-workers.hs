-- Worker pool over Chan: jobs in, results out; output sorted so it does not
-- depend on scheduling.
import Control.Concurrent
import Control.Concurrent.Chan
import Control.Monad
import Data.List (sort)

worker :: Chan (Maybe Int) -> Chan (Int, Int) -> IO ()
worker jobs results = loop
  where
    loop = do
      j <- readChan jobs
      case j of
        Nothing -> return ()
        Just n -> writeChan results (n, sum [1 .. n]) >> loop

main :: IO ()
main = do
  jobs <- newChan
  results <- newChan
  forM_ [1 .. 4 :: Int] $ \_ -> forkIO (worker jobs results)
  writeList2Chan jobs (map Just [1 .. 20])
  replicateM_ 4 (writeChan jobs Nothing)
  rs <- replicateM 20 (readChan results)
  mapM_ print (sort rs)
  d <- dupChan results
  writeChan results (0, 0)
  readChan d >>= print
  readChan results >>= print
