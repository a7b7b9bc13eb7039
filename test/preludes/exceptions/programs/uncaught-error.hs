import Control.Exception

main :: IO ()
main = do
  r <- try (evaluate (length [1 .. 3 :: Int]))
  print (r :: Either SomeException Int)
  handle (\e -> putStrLn ("wrong handler: " ++ show (e :: ArithException))) $
    putStrLn (error "escapes")
