-- throwIO / catch / try / evaluate with a user exception type; the last
-- one is uncaught and reaches GHC's top-level handler.
import Control.Exception

data Oops = Oops String Int deriving Show
instance Exception Oops

risky :: Int -> IO Int
risky n
  | n > 2 = throwIO (Oops "too big" n)
  | otherwise = return (n * 10)

main :: IO ()
main = do
  r1 <- try (risky 1) :: IO (Either Oops Int)
  print r1
  r2 <- try (risky 5) :: IO (Either Oops Int)
  print r2
  v <- risky 7 `catch` \(Oops msg k) -> do
    putStrLn ("caught " ++ msg)
    return (k + 100)
  print v
  x <- evaluate (length [1 .. v])
  print x
  _ <- risky 9
  putStrLn "not reached"
