-- foldr then foldl over a 2,000,000-element list: a deep stack, then a
-- long chain of thunks.
main :: IO ()
main = do
  print (foldr (+) 0 [1 .. 2000000 :: Int])
  print (foldl (+) 0 [1 .. 2000000 :: Int])
