-- A 2,000,000-frame non-tail recursion: every level waits for the next.
count :: Int -> Int
count 0 = 0
count n = 1 + count (n - 1)

main :: IO ()
main = print (count 2000000)
