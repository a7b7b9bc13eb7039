-- Bottom-up and top-down merge sort.
merge :: Ord a => [a] -> [a] -> [a]
merge [] ys = ys
merge xs [] = xs
merge (x : xs) (y : ys)
  | x <= y = x : merge xs (y : ys)
  | otherwise = y : merge (x : xs) ys

msort :: Ord a => [a] -> [a]
msort xs
  | length xs < 2 = xs
  | otherwise = merge (msort l) (msort r)
  where
    (l, r) = splitAt (length xs `div` 2) xs

bottomUp :: Ord a => [a] -> [a]
bottomUp = go . map (: [])
  where
    go [] = []
    go [x] = x
    go xss = go (pairs xss)
    pairs (a : b : rest) = merge a b : pairs rest
    pairs rest = rest

main :: IO ()
main = do
  let xs = [(i * 7919) `mod` 1009 | i <- [1 .. 300 :: Int]]
  print (take 15 (msort xs))
  print (msort xs == bottomUp xs)
  print (bottomUp (words "merge sort sorts words in a stable way"))
