-- STM and exceptions: retry is not caught by catchSTM; an exception in
-- orElse's first branch is not an alternative; throwSTM inside atomically
-- discards the transaction's writes; writes before a caught exception stay.
import Control.Exception
import GHC.Conc

main :: IO ()
main = do
  v <- newTVarIO (0 :: Int)
  flag <- newTVarIO True
  r <- atomically $
    ((readTVar flag >>= \f -> if f then retry else return "no") `catchSTM` (\e -> return (show (e :: SomeException))))
      `orElse` return "retry went past catchSTM"
  putStrLn r
  r2 <- try (atomically ((writeTVar v 5 >> throwSTM (ErrorCall "first")) `orElse` return ()))
  print (r2 :: Either ErrorCall ())
  readTVarIO v >>= print
  r3 <- atomically $ do
    writeTVar v 1
    (writeTVar v 2 >> throwSTM (ErrorCall "inner")) `catchSTM` (\(ErrorCall m) -> return m)
  print r3
  readTVarIO v >>= print
  r4 <- try (atomically (writeTVar v 100 >> readTVar v >>= \x -> evaluate' (x `div` 0)))
  print (r4 :: Either ArithException Int)
  readTVarIO v >>= print
  where
    evaluate' x = x `seq` return x
