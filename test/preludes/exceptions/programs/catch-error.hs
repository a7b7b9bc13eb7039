import Control.Exception

data Shape = Circle Int | Square Int

area :: Shape -> Int
area (Circle r) = 3 * r * r

main :: IO ()
main = do
  r <- try (evaluate (error "first" :: Int))
  case r of
    Left e -> putStrLn ("caught: " ++ show (e :: ErrorCall))
    Right _ -> return ()
  r2 <- try (evaluate (area (Square 2)))
  case r2 of
    Left (PatternMatchFail m) -> putStrLn ("pattern: " ++ m)
    Right v -> print v
  r3 <- try (evaluate (minBound `div` (-1 :: Int)))
  print (r3 :: Either ArithException Int)
  (print (5 `mod` (0 :: Int))) `catch` \e -> putStrLn ("arith: " ++ show (e :: ArithException))
  print (area (Square 3)) `finally` putStrLn "finally runs before the message"
