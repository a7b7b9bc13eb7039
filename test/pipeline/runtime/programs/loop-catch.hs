import Control.Exception

-- NonTermination is an ordinary exception: caught, shown, and uncaught at the end.
main :: IO ()
main = do
  let x = x * 2 :: Integer
  r <- try (evaluate x)
  case r of
    Left NonTermination -> putStrLn "caught NonTermination"
    Right v -> print v
  let xs = 1 : map (+ 1) (tail xs) :: [Int]
  r2 <- try (evaluate (sum (take 3 xs)))
  case r2 of
    Left e -> putStrLn ("caught: " ++ show (e :: SomeException))
    Right v -> print v
  r3 <- try (evaluate (length (show (NonTermination, [NonTermination]))))
  print (r3 :: Either SomeException Int)
  handle (\e -> putStrLn ("handled " ++ displayException (e :: NonTermination))) $
    let ps = (snd ps, fst ps) :: (Int, Int)
    in print (fst ps)
  let ys = 1 : map (* 2) (tail ys) :: [Int]
  print (ys !! 3)
