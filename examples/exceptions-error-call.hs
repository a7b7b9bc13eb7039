import Control.Exception

main :: IO ()
main = do
  r <- try (evaluate (error "boom" :: Int))
  case r of
    Left (ErrorCall msg) -> putStrLn ("caught: " ++ msg)
    Right v -> print v
  handle (\e -> putStrLn ("handled: " ++ show (e :: ErrorCall))) $ do
    _ <- evaluate (length [errorWithoutStackTrace "plain" :: Int, 2] + (errorWithoutStackTrace "plain2"))
    putStrLn "not reached"
  r2 <- try (evaluate (1 `div` (0 :: Int)))
  case r2 of
    Left DivideByZero -> putStrLn "divide by zero caught"
    Left e -> putStrLn ("other arith: " ++ show e)
    Right v -> print v
  r3 <- try (evaluate (head ([] :: [Int])))
  putStrLn (either (\e -> "head failed: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r3)
  catch (evaluate (undefined :: ()) >> return ()) (\e -> putStrLn ("undefined: " ++ head (lines (show (e :: ErrorCall)))))
  r4 <- try (evaluate (10 `mod` (0 :: Integer)))
  print (r4 :: Either ArithException Integer)
  print (displayException DivideByZero)
  putStrLn "done"
