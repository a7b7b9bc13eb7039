-- Deep (non-tail) recursion, a million frames, within the machine's default stack.
sumTo :: Int -> Int
sumTo 0 = 0
sumTo n = n + sumTo (n - 1)

main :: IO ()
main = print (sumTo 1000000)
