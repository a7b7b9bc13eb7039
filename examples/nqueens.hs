-- N-queens: count solutions and show the first one for n = 6.
queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = [q : qs | qs <- go (k - 1), q <- [1 .. n], safe q qs]
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

render :: Int -> [Int] -> [String]
render n qs = [[if c == q then 'Q' else '.' | c <- [1 .. n]] | q <- qs]

main :: IO ()
main = do
  print [length (queens n) | n <- [1 .. 6]]
  mapM_ putStrLn (render 6 (head (queens 6)))
