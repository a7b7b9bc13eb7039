import Data.List
import Data.Ord (comparing, Down (..))

-- a small linear congruential generator for test data
lcg :: Int -> Int
lcg s = (s * 1103515245 + 12345) `mod` 2147483648

randoms :: Int -> Int -> [Int]
randoms n s = take n (map (`mod` 1000) (tail (iterate lcg s)))

isSorted :: Ord a => [a] -> Bool
isSorted zs = and (zipWith (<=) zs (drop 1 zs))

main :: IO ()
main = do
  let rs = randoms 2000 42
      sr = sort rs
  print (take 20 sr, isSorted sr, length sr, sum sr == sum rs)
  print (take 10 (sortBy (flip compare) rs), take 10 (sortOn Down rs))
  -- stability: sort pairs by first component only
  let ps = zip (map (`mod` 5) (randoms 40 7)) [1 :: Int ..]
  print (sortBy (comparing fst) ps)
  print (sortOn fst ps == sortBy (comparing fst) ps)
  print (sortOn snd [(1 :: Int, 'c'), (2, 'a'), (3, 'b')], sortOn length ["ccc", "a", "bb", "", "dd"])
  print (sort ([] :: [Int]), sort [1 :: Int], sort "the quick brown fox", sort [[3, 1], [2], [], [2, 0 :: Int]])
  print (sort [Just 3, Nothing, Just (1 :: Int)], sort [Right 'a', Left (2 :: Int), Left 1])
  print (sort [(2 :: Int, "b"), (1, "z"), (2, "a")], sort [LT, GT, EQ, LT])
  print (sort [3.5, -1.0, 2.25, 0 :: Double], sort [10 ^ 20, -5, 3 :: Integer])
  print (insert 500 (take 10 sr), foldr insert [] [5, 2, 8, 1 :: Int])
  print (map head (group sr) == nub sr, length (group sr))
  print (take 5 (sort (reverse [1 .. 3000 :: Int])), take 5 (sort [1 .. 3000 :: Int]))
  print (head (sort (randoms 500 1)), last (sortOn negate (randoms 500 1)))
  print (sortBy (comparing length <> compare) (words "bb a ccc aa b c"))
  print (sortOn (\x -> (x `mod` 3, Down x)) [1 .. 12 :: Int])
  print (minimum rs, maximum rs, elemIndex (maximum rs) rs)
