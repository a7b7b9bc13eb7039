-- throw from pure code: the exception surfaces where the value is forced
-- (evaluate, or printing), is caught by type, and a thunk that threw throws
-- again when forced a second time.
import Control.Exception

newtype Bad = Bad Int deriving Show
instance Exception Bad

checked :: Int -> Int
checked n = if n < 0 then throw (Bad n) else n * 2

main :: IO ()
main = do
  let xs = map checked [3, -4, 5]
  print (head xs)
  r <- try (evaluate (sum xs))
  case r of
    Left (Bad k) -> putStrLn ("bad " ++ show k)
    Right s -> print s
  handle (\(Bad k) -> putStrLn ("again " ++ show k)) (print (xs !! 1))
  print (xs !! 2)
  print (sum xs)
