-- Higher-order functions: composition, sections, partial application, flip, folds.
compose :: [a -> a] -> a -> a
compose = foldr (.) id

applyTwice :: (a -> a) -> a -> a
applyTwice f = f . f

counter :: Int -> [Int -> Int]
counter n = [(+ k) | k <- [1 .. n]]

main :: IO ()
main = do
  print (map (subtract 1) [1, 2, 3 :: Int], map (`div` 2) [10, 11 :: Int], map (2 ^) [1 .. 5 :: Int])
  print (compose [(* 2), (+ 1), (`mod` 7)] (20 :: Int))
  print (applyTwice (++ "!") "hey", applyTwice (map succ) "abc")
  print (map ($ 10) (counter 3))
  print (zipWith ($) [negate, abs, signum] [5, -6, -7 :: Int])
  print (foldr (\x acc -> acc * 10 + x) 0 [1, 2, 3 :: Int], foldl (\acc x -> acc * 10 + x) 0 [1, 2, 3 :: Int])
  print (flip (-) 1 (10 :: Int), uncurry max (3, 9 :: Int), curry fst 'a' 'b')
  print (until (> 1000) (* 3) (1 :: Int), iterate (`div` 3) (100 :: Int) !! 2)
  print (let add3 x y z = x + y + z :: Int; p = add3 1; q = p 2 in (q 3, map q [10, 20]))
  print ((id . const 'k') "ignored", (fmap . fmap) (+ 1) [Just 1, Nothing :: Maybe Int])
  print (takeWhile (/= ' ') "first word", dropWhile (< 3) [1 .. 6 :: Int])
