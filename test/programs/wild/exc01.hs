{-# LANGUAGE ScopedTypeVariables #-}
import Control.Exception
import System.IO
import Data.Maybe (fromJust)
import qualified Data.Map as M
import Control.Monad (forM_, when)

data BankError = InsufficientFunds Double | AccountNotFound String | InvalidAmount Double
  deriving Show

instance Exception BankError

withdraw :: M.Map String Double -> String -> Double -> IO (M.Map String Double)
withdraw accts name amt = do
  when (amt <= 0) $ throwIO (InvalidAmount amt)
  bal <- maybe (throwIO (AccountNotFound name)) return (M.lookup name accts)
  when (bal < amt) $ throwIO (InsufficientFunds (amt - bal))
  return (M.insert name (bal - amt) accts)

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  let accts = M.fromList [("alice", 100), ("bob", 50)]
  forM_ [("alice", 30), ("bob", 80), ("carol", 10), ("alice", -5)] $ \(n, a) -> do
    r <- try (withdraw accts n a)
    case r of
      Left (e :: BankError) -> putStrLn ("error: " ++ show e)
      Right m -> print (M.toList m)
  r1 <- try (evaluate (head ([] :: [Int])))
  case r1 of
    Left (e :: SomeException) -> putStrLn "head failed"
    Right v -> print v
  r2 <- try (evaluate (fromJust Nothing :: Int))
  putStrLn (either (\(e :: SomeException) -> "fromJust failed") show r2)
  r3 <- try (evaluate (length [1 ..  10] `seq` error "boom"))
  case r3 of
    Left (ErrorCall msg) -> putStrLn ("ErrorCall: " ++ msg)
    Right () -> return ()
  (putStrLn "body" >> throwIO (userError "oops")) `catch` (\(e :: IOException) -> putStrLn ("io: " ++ show e))
  (do putStrLn "in bracket"; return ()) `finally` putStrLn "finally ran"
  res <- bracket (putStrLn "acquire" >> return 5) (\_ -> putStrLn "release") (\x -> return (x * 2))
  print res
  r4 <- try (bracket_ (putStrLn "setup") (putStrLn "teardown") (throwIO (AccountNotFound "zed")))
  print (r4 :: Either BankError ())
  handle (\(e :: ArithException) -> putStrLn ("arith: " ++ show e)) (print (10 `mod` (0 :: Int)))
  r5 <- tryJust (\e -> if e == DivideByZero then Just () else Nothing) (evaluate (5 `quot` (0 :: Int)))
  print r5
  r6 <- try (throwIO (toException (InvalidAmount 3)))
  case r6 of
    Left (e :: SomeException) -> case fromException e of
      Just (InvalidAmount x) -> print x
      _ -> putStrLn "other"
    Right () -> return ()
  n <- (evaluate (let xs = [1, 2, 3] :: [Int] in xs !! 5)) `catch` (\(e :: SomeException) -> return (-1))
  print n
  putStrLn (displayException (ErrorCall "shown"))
  throwIO (InsufficientFunds 1.5) `onException` hPutStrLn stderr "cleanup on exception"
  putStrLn "unreachable"
