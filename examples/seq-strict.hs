-- seq and ($!): forcing evaluation order; a strict left fold by hand.
import Data.List (foldl')

strictSum :: [Int] -> Int
strictSum = go 0
  where
    go acc [] = acc
    go acc (x : xs) = let acc' = acc + x in acc' `seq` go acc' xs

mean :: [Int] -> (Int, Int)
mean = foldl' step (0, 0)
  where
    step (s, n) x = let s' = s + x; n' = n + 1 in s' `seq` n' `seq` (s', n')

main :: IO ()
main = do
  print (strictSum [1 .. 100000])
  print (mean [1 .. 1000])
  let x = undefined :: Int
      y = 5 :: Int
  print (y `seq` y + 1)
  print (const 1 $! (2 :: Int) :: Int)
  print ((\_ -> "ignored") (x :: Int))
  print (foldl' (flip (:)) [] "abc")
  print (seq (Just x) "Just undefined is already in WHNF")
