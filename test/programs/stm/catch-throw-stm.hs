-- throwSTM and catchSTM: a caught exception undoes the writes made inside
-- the catch, not those before it; an exception leaving atomically undoes
-- the whole transaction.
import Control.Concurrent.STM
import Control.Exception

data Oops = Oops String deriving Show
instance Exception Oops

main :: IO ()
main = do
  v <- newTVarIO (0 :: Int)
  r <- atomically $ do
    writeTVar v 1
    (writeTVar v 2 >> throwSTM (Oops "inner") >> pure "no")
      `catchSTM` \(Oops m) -> do
        x <- readTVar v
        pure ("caught " ++ m ++ ", v = " ++ show x)
  putStrLn r
  readTVarIO v >>= print
  e <- try (atomically (writeTVar v 10 >> throwSTM (Oops "outer")))
  print (e :: Either Oops ())
  readTVarIO v >>= print
  e2 <- try (atomically ((writeTVar v 20 >> throwSTM (ErrorCall "other")) `catchSTM` \(Oops _) -> pure ()))
  print (e2 :: Either ErrorCall ())
  readTVarIO v >>= print
  let lazyThrow = throwSTM (Oops "never run") :: STM ()
  lazyThrow `seq` putStrLn "throwSTM is lazy until run"
