-- GHC.Conc.Sync's small functions: getNumProcessors, withMVar,
-- modifyMVar_, Eq/Ord of ThreadStatus and BlockReason.
import Control.Concurrent.MVar (newMVar, readMVar)
import Control.Exception
import GHC.Conc.Sync
import Data.List (sort)

main :: IO ()
main = do
  n <- getNumProcessors
  print n
  m <- newMVar (10 :: Int)
  r <- withMVar m (\v -> return (v * 2))
  modifyMVar_ m (return . (+ 5))
  v <- readMVar m
  print (r, v)
  e <- try (withMVar m (\_ -> throwIO (userError "inside")) :: IO ())
  v' <- readMVar m
  putStrLn (either (\x -> show (x :: IOException)) show e ++ " / " ++ show v')
  let reasons = [BlockedOnOther, BlockedOnMVar, BlockedOnSTM, BlockedOnBlackHole, BlockedOnForeignCall, BlockedOnException]
      states = [ThreadDied, ThreadBlocked BlockedOnSTM, ThreadRunning, ThreadBlocked BlockedOnMVar, ThreadFinished]
  print (sort reasons, sort states)
  print ([a == b | a <- take 3 reasons, b <- take 3 reasons], [compare a b | a <- take 3 states, b <- take 3 states])
  print (maximum states, minimum reasons, ThreadBlocked BlockedOnMVar < ThreadBlocked BlockedOnOther, ThreadRunning /= ThreadDied)
