-- Deep (non-tail) recursion, a million frames, within the machine's default stack.
main :: IO ()
main = print (foldr (+) 0 [1 .. 1000000 :: Int])
