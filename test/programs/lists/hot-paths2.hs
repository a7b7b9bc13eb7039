-- The paths made cheaper against GHC (session 10): elem/notElem argument
-- order with an asymmetric (==), Foldable and/or/any/all/concatMap at lists
-- (short-circuit and laziness), [x..y] and [x,y..z] at Int and Char at the
-- bounds, div/mod/divMod at Int, fromInteger at Int beyond 64 bits, the
-- Data.Char predicates and case mappings, (/=) at Char, Double comparisons
-- through the class.
import Data.Char (isAlpha, isDigit, isLower, isSpace, isUpper, toLower, toUpper, isAlphaNum, isPunctuation, generalCategory)

data T = T Int

instance Eq T where
  T a == T b = a < b

data U = U Int deriving (Show)

instance Eq U where
  U a == U b = a == b

main :: IO ()
main = do
  -- elem x xs compares x == y (GHC.List and Foldable's default)
  print (elem (T 1) [T 2], elem (T 2) [T 1], notElem (T 1) [T 2], notElem (T 2) [T 1])
  print (elem (T 1) (Just (T 2)), elem (T 2) (Just (T 1)), T 1 `elem` [T 0, T 5])
  print (elem 3 [1, 2, 3 :: Int], elem 'z' "abc", lookup 3 [(1, "a"), (3, "b")])
  -- Foldable at lists: short-circuit, laziness
  print (and [True, False, undefined], or [False, True, undefined], and [], or [])
  print (all even [2, 4, 5, undefined :: Int], any odd [2, 4, 5, undefined :: Int], all odd [], any odd ([] :: [Int]))
  print (all (< 10) [1 .. 9 :: Int], any (> 100) [1 .. 99 :: Int])
  print (take 7 (concatMap (\x -> [x, x * 10]) [1 :: Int ..]), concatMap show [1, 22, 333 :: Int])
  print (and (Just False), or (Just True), all even (Just (3 :: Int)), concatMap show (Just (4 :: Int)))
  -- Int ranges
  print ([maxBound - 2 ..] :: [Int])
  print ([minBound, minBound + 1 .. minBound + 3] :: [Int], take 4 [maxBound, maxBound - 3 ..] :: [Int], [maxBound - 5, maxBound - 3 ..] :: [Int])
  print ([1, 3 .. 10] :: [Int], [10, 7 .. -5] :: [Int], [5 .. 4] :: [Int], [5, 6 .. 4] :: [Int], [5, 4 .. 6] :: [Int])
  print (take 3 [5, 5 .. 5 :: Int], take 4 [3 :: Int ..], take 4 [3, 1 :: Int ..], [7 .. 7 :: Int])
  print (sum [1 .. 1000 :: Int], length [1, 4 .. 1000 :: Int], [-3 .. 2 :: Int])
  -- Char ranges
  print (['a' .. 'e'], ['z', 'x' .. 'p'], ['a', 'c' .. 'k'], take 3 ['\1114109' ..], ['b' .. 'a'])
  print (length ['\1114000' ..], ['\1114110' ..], take 5 ['x' ..], length ['\0' .. '\1000'])
  -- div, mod, divMod
  print [(a `div` b, a `mod` b, a `divMod` b) | a <- [-7, -1, 0, 1, 7, maxBound :: Int], b <- [-3, -1, 2, 5, maxBound]]
  print [(minBound `div` b, minBound `mod` b, minBound `divMod` b) | b <- [-3, 2, 5, minBound, maxBound :: Int]]
  print (minBound `mod` (-1) :: Int)
  -- fromInteger at Int: small and beyond 64 bits (wraps)
  print (fromInteger 42 :: Int, fromInteger (2 ^ 70 + 5) :: Int, fromInteger (negate (2 ^ 64) - 3) :: Int, fromIntegral (2 ^ 63 :: Integer) :: Int)
  -- Data.Char
  let cs = "aZ 9\t\n_-é\xE9\x3A3\x3C3\x1F600\x2028\x00A0Ǆǅ"
  print (map isAlpha cs, map isUpper cs, map isLower cs)
  print (map isSpace cs, map isDigit cs, map isAlphaNum cs, map isPunctuation cs)
  print (map toUpper cs, map toLower cs, map generalCategory cs)
  print (map (/= 'a') "abcA", 'x' /= 'x', [c | c <- ['a' .. 'z'], c /= 'e', c /= 'q'])
  -- Double comparisons and arithmetic through the class
  let ds = [-1.5, 0, 0 / 0, 2.5, 1 / 0 :: Double]
  print [(x > y, x >= y, x < y, x <= y, x == y, x /= y, compare x y == GT) | x <- ds, y <- ds]
  print (maximum ds, minimum ds, sum ds, product (take 2 ds))
  print (U 3 == U 3, U 3 /= U 4, elem (U 2) [U 1, U 2])
