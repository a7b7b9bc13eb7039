import Data.Function
import Data.Ord
import Data.Tuple
import Data.List (sortBy, sortOn, groupBy)

main :: IO ()
main = do
  print (((==) `on` fst) (1 :: Int, 'a') (1, 'b'), (compare `on` snd) (1 :: Int, 'a') (0, 'b'))
  print ([3, 1, 2 :: Int] & map (* 2) & sum, 5 & show, fix (\rec n -> if n <= 1 then 1 else n * rec (n - 1)) (10 :: Integer))
  print (take 5 (fix (\xs -> 1 : map (* 2) xs)) :: [Int], id 3 :: Int, const 1 (2 :: Int) :: Int, flip (,) 'a' 'b', ((+ 1) . (* 2)) (5 :: Int))
  print (groupBy ((==) `on` (`div` 10)) [1, 2, 11, 15, 23 :: Int], sortBy (compare `on` negate) [3, 1, 2 :: Int])
  print (comparing fst (1 :: Int, 'z') (2, 'a'), comparing snd (1 :: Int, 'z') (2, 'a'), sortBy (comparing Down) [1, 3, 2 :: Int])
  print (Down 3 < Down (4 :: Int), compare (Down 'a') (Down 'b'), max (Down 1) (Down (2 :: Int)), min (Down 1) (Down (2 :: Int)))
  print (Down 5 == Down (5 :: Int), Down 5 /= Down (6 :: Int), Down 1 <= Down (1 :: Int), Down 1 > Down (0 :: Int), Down 2 >= Down (3 :: Int))
  print (getDown (Down 'x'), Down (Just (3 :: Int)), [Down 1, Down (2 :: Int)], showsPrec 11 (Down (-1 :: Int)) "")
  print (Down 3 + Down (4 :: Int), Down 10 - Down (4 :: Int), Down 3 * Down (4 :: Int), negate (Down (1 :: Int)), abs (Down (-2 :: Int)), signum (Down (-2 :: Int)), fromInteger 7 :: Down Int)
  print (Down 3 / Down (4 :: Double), recip (Down (4 :: Double)), fromRational 0.5 :: Down Double)
  print (fmap (+ 1) (Down (1 :: Int)), pure 'p' :: Down Char, Down (+ 1) <*> Down (1 :: Int), Down 2 >>= (\x -> Down (x * (3 :: Int))))
  print (Down "ab" <> Down "cd", mempty :: Down String, minBound :: Down Bool, maxBound :: Down Bool, (minBound, maxBound) :: (Down Int, Down Int))
  print (sortOn Down "hello", sortOn (Down . snd) (zip [1 :: Int ..] "hello"))
  print (swap (1 :: Int, 'a'), fst (swap ('x', True)), snd (1 :: Int, 2 :: Int), curry (\(a, b) -> a ++ b) "ab" "cd", uncurry max (3, 9 :: Int))
  print (map swap (zip [1 :: Int ..] "abc"), uncurry (flip (,)) ('a', 'b'))
  print (compare 1 (2 :: Int), compare LT GT, LT <> GT, EQ <> GT, mconcat [EQ, EQ, LT, GT], comparing length "ab" "c" <> compare "ab" "c")
  print (max "abc" "abd", min [1, 2] [1 :: Int], maximum [Down 3, Down 1, Down (2 :: Int)], minimum (map Down "xyz"))
  print (toRational (Down (1.5 :: Double)), truncate (Down (2.7 :: Double)) :: Int, properFraction (Down (3.25 :: Double)) :: (Int, Down Double))
  print (sqrt (Down (16 :: Double)), pi :: Down Double, isNaN (Down (0 / 0 :: Double)), floatDigits (Down (1 :: Double)))
