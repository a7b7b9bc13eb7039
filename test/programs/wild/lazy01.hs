import qualified Data.Map as M
import Data.Array

primes :: [Int]
primes = sieve [2 ..] where sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

-- knot-tying: doubly linked list built lazily
data DNode = DNode { prev :: Maybe DNode, val :: Int, next :: Maybe DNode }

mkDList :: [Int] -> Maybe DNode
mkDList xs = go Nothing xs
  where go _ [] = Nothing
        go p (y : ys) = let n = DNode p y (go (Just n) ys) in Just n

walkBack :: DNode -> [Int]
walkBack n = val n : maybe [] walkBack (prev n)

lastNode :: DNode -> DNode
lastNode n = maybe n lastNode (next n)

-- memo via lazy array
lcs :: String -> String -> Int
lcs xs ys = table ! (0, 0)
  where
    n = length xs; m = length ys
    xa = listArray (0, n - 1) xs; ya = listArray (0, m - 1) ys
    table = array ((0, 0), (n, m)) [((i, j), f i j) | i <- [0 .. n], j <- [0 .. m]]
    f i j | i == n || j == m = 0
          | xa ! i == ya ! j = 1 + table ! (i + 1, j + 1)
          | otherwise = max (table ! (i + 1, j)) (table ! (i, j + 1))

-- where-bound memo list
partitions :: Int -> Integer
partitions n = memo !! n
  where
    memo = map p [0 ..]
    p 0 = 1
    p k = sum [sign j * (get (k - pent j)) | j <- takeWhile (\j -> pent j <= k) gs]
    get i = if i < 0 then 0 else memo !! i
    gs = concatMap (\j -> [j, -j]) [1 ..]
    pent j = j * (3 * j - 1) `div` 2
    sign j = if odd j then 1 else -1

hamming :: [Integer]
hamming = 1 : merge3 (map (* 2) hamming) (map (* 3) hamming) (map (* 5) hamming)
  where
    merge3 a b c = merge a (merge b c)
    merge xx@(x : xs) yy@(y : ys)
      | x < y = x : merge xs yy
      | x > y = y : merge xx ys
      | otherwise = x : merge xs ys

main :: IO ()
main = do
  print (take 15 primes)
  print (takeWhile (< 1000) (map (^ 2) [1 ..]) !! 20)
  print (fibs !! 200)
  let Just d = mkDList [1 .. 6]
  print (walkBack (lastNode d))
  print (lcs "nematode knowledge" "empty bottle")
  print (map partitions [1 .. 10], partitions 100)
  print (take 20 hamming)
  let xs = cycle [1, 2, 3] :: [Int]
  print (take 7 xs, take 5 (iterate (* 3) 1), take 3 (repeat 'x'))
  let ones = 1 : ones in print (take 3 ones :: [Int])
  print (fst (1 :: Int, undefined), length [undefined, undefined], const 5 (error "no" :: Int))
  let m = M.fromList [(i, if i == 0 then 1 else i * m M.! (i - 1)) | i <- [0 .. 20 :: Integer]]
  print (m M.! 20)
  print (zip [1 ..] "abc", lookup 3 (zip [1 ..] (words "a b c d")))
