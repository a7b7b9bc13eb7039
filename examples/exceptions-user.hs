import Control.Exception

data BankError = InsufficientFunds Int | AccountClosed String
  deriving Show

instance Exception BankError

data Other = Other deriving Show
instance Exception Other

withdraw :: Int -> Int -> IO Int
withdraw balance amount
  | amount > balance = throwIO (InsufficientFunds (amount - balance))
  | otherwise = return (balance - amount)

classify :: SomeException -> String
classify e = case fromException e of
  Just (InsufficientFunds n) -> "short by " ++ show n
  Just (AccountClosed who) -> "closed: " ++ who
  Nothing -> case fromException e of
    Just Other -> "other"
    Nothing -> "unknown: " ++ show e

main :: IO ()
main = do
  b <- withdraw 100 30
  print b
  r <- try (withdraw b 500)
  case r of
    Left (InsufficientFunds n) -> putStrLn ("insufficient by " ++ show n)
    Left e -> putStrLn ("bank error " ++ show e)
    Right v -> print v
  catch (throwIO (AccountClosed "alice") >> putStrLn "unreached")
        (\e -> putStrLn ("handler: " ++ show (e :: BankError)))
  mapM_ (putStrLn . classify)
    [ toException (InsufficientFunds 7)
    , toException (AccountClosed "bob")
    , toException Other
    , toException DivideByZero
    , toException (ErrorCall "plain")
    ]
  r2 <- try (evaluate (throw Other :: Int))
  print (either (\Other -> -1) id r2)
  (do r3 <- try (throwIO Other) :: IO (Either BankError ())
      print (either show show r3))
    `catch` \e -> putStrLn ("escaped: " ++ show (e :: Other))
  let handlers = [Handler (\e -> return ("arith " ++ show (e :: ArithException))),
                  Handler (\e -> return ("bank " ++ show (e :: BankError)))]
  s1 <- (throwIO (AccountClosed "carol") >> return "none") `catches` handlers
  putStrLn s1
  s2 <- evaluate (show (10 `div` (0 :: Int))) `catches` handlers
  putStrLn s2
  putStrLn (displayException (InsufficientFunds 3))
