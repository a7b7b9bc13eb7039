import Data.List

main :: IO ()
main = do
  let a = [1, 2, 3, 4 :: Int]
      b = "abcde"
      c = [True, False, True]
      d = [1.5, 2.5, 3.5, 4.5 :: Double]
      e = words "p q r s t"
      f = [10 :: Integer ..]
      g = [LT, EQ, GT, LT]
  print (zip4 a b c d)
  print (zip5 a b c d e)
  print (zip6 a b c d e f)
  print (zip7 a b c d e f g)
  print (zipWith4 (\w x y z -> show w ++ [x] ++ show y ++ show z) a b c d)
  print (zipWith5 (\v w x y z -> (v, w, x, y, z)) a b c d e)
  print (zipWith6 (\u v w x y z -> u + length (show (v, w, x, y, z))) a b c d e f)
  print (zipWith7 (\t u v w x y z -> (t, z, y)) a b c d e f g)
  print (unzip4 (zip4 a b c d))
  print (unzip5 (zip5 a b c d e))
  print (unzip6 (zip6 a b c d e f))
  print (unzip7 (zip7 a b c d e f g))
  print (unzip3 (zip3 a b c), unzip (zip a b))
  print (zip4 a b c ([] :: [()]), zipWith3 (,,) [] b c :: [(Int, Char, Bool)])
  let (p, q, r, s) = unzip4 [(i, i * 2, show i, odd i) | i <- [1 .. 5 :: Int]]
  print (p, q, r, s)
  print (take 3 (zip3 [1 :: Int ..] (cycle "xy") (repeat ())))
  print (take 3 (zipWith4 (\w x y z -> w + x + y + z) [1 ..] [10 ..] [100 ..] [1000 :: Int ..]))
  let (l1, l2, l3, l4, l5) = unzip5 [(i, i, i, i, i) | i <- [1 :: Int ..]]
  print (take 2 l1, take 2 l5)
