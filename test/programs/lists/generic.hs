import Data.List

main :: IO ()
main = do
  let xs = "abcdefgh"
  print (genericLength xs :: Integer, genericLength xs :: Int, genericLength xs :: Double, genericLength "" :: Integer)
  print (genericTake (3 :: Integer) xs, genericTake (-1 :: Int) xs, genericTake (100 :: Integer) xs)
  print (genericDrop (3 :: Integer) xs, genericDrop (-2 :: Int) xs, genericDrop (100 :: Integer) xs)
  print (genericSplitAt (3 :: Integer) xs, genericSplitAt (0 :: Int) xs, genericSplitAt (-1 :: Integer) xs, genericSplitAt (20 :: Int) xs)
  print (genericIndex xs (0 :: Integer), genericIndex xs (7 :: Int))
  print (genericReplicate (3 :: Integer) 'x', genericReplicate (0 :: Int) 'y', genericReplicate (-4 :: Integer) 'z')
  print (genericTake (2 :: Integer) [1 :: Int ..], genericIndex [1 :: Int ..] (1000 :: Integer))
  print (genericLength [1 .. 1000 :: Int] :: Integer, genericLength (replicate 70 ()) :: Rational)
  print (genericSplitAt (2 :: Word) "hello", genericTake (10 ^ 30 :: Integer) "abc")
