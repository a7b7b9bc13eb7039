-- An out-of-range index on a 2-D array, uncaught.
import Data.Array
import Control.Exception

main :: IO ()
main = do
  let a = listArray (1, 3) [1, 2, 3 :: Int]
  r <- try (evaluate (a ! 7))
  case r of
    Left e -> putStrLn ("caught: " ++ show (e :: SomeException))
    Right v -> print v
  r2 <- try (evaluate (listArray ('a', 'c') "xyz" ! 'q'))
  putStrLn (either (\e -> "caught: " ++ show (e :: ErrorCall)) show r2)
  r3 <- try (evaluate (listArray (False, False) [()] ! True))
  putStrLn (either (\e -> "caught: " ++ show (e :: SomeException)) show r3)
  r4 <- try (evaluate (listArray (0, 1) [1, 2 :: Integer] ! 5))
  putStrLn (either (\e -> "caught: " ++ show (e :: SomeException)) show r4)
  r5 <- try (evaluate (array (1, 3) [(1, 'a')] ! (2 :: Int)))
  putStrLn (either (\e -> "caught: " ++ show (e :: SomeException)) show r5)
  r6 <- try (evaluate (array (1, 3) [(4, 'a')] ! (1 :: Int)))
  putStrLn (either (\e -> "caught: " ++ show (e :: SomeException)) show r6)
  let b = listArray ((0, 0), (2, 2)) [1 ..] :: Array (Int, Int) Int
  print (b ! (1, 1))
  print (b ! (3, 0))
