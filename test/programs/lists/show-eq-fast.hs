-- show at Int (intDigitsAppend#) and Eq [Int] (its own dictionary): the
-- digits of extremes and negatives, precedence, a tail never forced;
-- equality's forcing order with bottoms inside, partial and infinite lists.
import Control.Exception (SomeException, evaluate, try)

attempt :: String -> IO () -> IO ()
attempt what act = do
  r <- try act
  case r of
    Left e -> putStrLn (what ++ ": error " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right () -> return ()

main :: IO ()
main = do
  print [0, 7, -7, 10, -10, 123456789, maxBound, minBound :: Int]
  putStrLn (showsPrec 7 (-5 :: Int) "" ++ showsPrec 6 (-5 :: Int) "" ++ shows (12 :: Int) "!")
  putStrLn (take 4 (shows (1234 :: Int) (error "tail forced")))
  print (length (show (2 ^ 62 :: Int)), Just (-3 :: Int), (minBound :: Int, -1 :: Int))
  print (map (\n -> length (show n)) [1, 9, 10, 99, 100, -1, -10 :: Int])
  -- Eq [Int]
  print ([1, 2, 3] == [1, 2, 3 :: Int], [1, 2] == [1, 2, 3 :: Int], [] == ([] :: [Int]), [1, 2, 4] /= [1, 2, 3 :: Int])
  print ([1, undefined] == [2, 3 :: Int], (1 : undefined) == ([] :: [Int]), [1 ..] == [1, 2, 3 :: Int])
  print ([undefined, 1] == ([] :: [Int]), take 3 [1 :: Int ..] == [1, 2, 3])
  attempt "bottom element compared" (print ([1, undefined] == [1, 3 :: Int]))
  attempt "bottom tail compared" (print ((1 : 2 : undefined) == [1, 2, 3 :: Int]))
  attempt "left before right" (print ([error "left"] == [error "right" :: Int]))
  let xs = map (* 2) [1 .. 1000 :: Int]
  print (xs == map (* 2) [1 .. 1000], xs == map (* 2) [1 .. 999], xs /= reverse (reverse xs))
  print ([[1, 2], [3 :: Int]] == [[1, 2], [3]], Just [1 :: Int] == Just [1])
