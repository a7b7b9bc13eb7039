-- List comprehensions: pythagorean triples, cartesian products, nested generators.
triples :: Int -> [(Int, Int, Int)]
triples n = [(a, b, c) | c <- [1 .. n], b <- [1 .. c], a <- [1 .. b], a * a + b * b == c * c]

main :: IO ()
main = do
  print (triples 30)
  print [(x, y) | x <- [1 .. 3 :: Int], y <- "ab"]
  print [x * y | x <- [1 .. 4], y <- [x .. 4 :: Int], odd (x + y)]
  print [c | c <- "Hello World", c `elem` ['A' .. 'Z']]
  print [if even x then "even" else "odd" | x <- [1 .. 4 :: Int]]
  print [(i, w) | (i, w) <- zip [0 :: Int ..] (words "a bb ccc dd e"), length w > 1]
  print (concat [[x, -x] | x <- [1 .. 3 :: Int]])
  print [y | Just y <- [Just 1, Nothing, Just (3 :: Int)]]
  print [[(r, c) | c <- [1 .. r]] | r <- [1 .. 3 :: Int]]
  let divisors n = [d | d <- [1 .. n], n `mod` d == 0]
  print [n | n <- [2 .. 500 :: Int], sum (divisors n) - n == n]
