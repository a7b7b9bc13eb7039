module Main where

swap :: (a, b) -> (b, a)
swap (a, b) = (b, a)

main :: IO ()
main = do
  print (swap (1 :: Int, "one"))
  print (unzip [(1, 'a'), (2, 'b'), (3 :: Int, 'c')])
  print (zip3 [1 :: Int, 2] "xy" [True, False])
  print (fst (3 :: Int, ()), snd ((), [()]))
