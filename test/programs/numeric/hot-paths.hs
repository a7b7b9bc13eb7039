-- The library paths made cheaper for speed give GHC's results: Int's div and
-- mod (floorDivInt#/floorModInt#) on edge values, even/odd at Int and at
-- Integer, Ord String (its own dictionary) with lazy and unusual strings,
-- ord/chr and general categories, (Int, Int) array indices in and out of
-- range, and Data.Map/Data.Set balancing under many inserts and deletes.
import Control.Exception
import Data.Array
import Data.Char (chr, generalCategory, isSpace, ord)
import Data.List (sort, sortBy)
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Set as S

edges :: [Int]
edges = [minBound, minBound + 1, -7, -3, -2, -1, 0, 1, 2, 3, 7, maxBound - 1, maxBound]

attempt :: (Show a) => a -> IO String
attempt x = do
  r <- try (evaluate (let t = show x in length t `seq` t))
  return $ case r of
    Left e -> "error: " ++ takeWhile (/= '\n') (show (e :: SomeException))
    Right t -> t

main :: IO ()
main = do
  -- div and mod: every pair of edge values (0 and minBound/-1 included)
  rs <- sequence [attempt (x `div` y, x `mod` y, x `divMod` y, x `quotRem` y) | x <- edges, y <- edges]
  mapM_ putStrLn rs
  print [(x `div` 65536 `mod` 3, x `mod` 2147483648) | x <- [0, 12345, 1103515245 * 42 + 12345, -99999]]
  -- even and odd
  print (map even edges, map odd edges)
  print (map even [-3 :: Integer, -2, 0, 5, 2 ^ 70, 2 ^ 70 + 1], filter odd [1 :: Integer .. 10])
  -- Ord String
  let strs = ["", "a", "ab", "abc", "b", "ba", "\0", "\1114111", "Z", "z", "\233t\233", "abd", "ab\0"]
  print (sort strs)
  print [compare x y | x <- take 6 strs, y <- take 6 strs]
  print (compare "ab" ('a' : 'c' : undefined), "abc" < "abd", max "x" "xy", min "q" "", "a" >= "a")
  print (sortBy (flip compare) ["kalo", "ka", "lomi", "ze", "kaka", "ka"])
  print (compare [1 :: Int, 2] [1, 3], compare "hello" (map id "hello"))
  r1 <- attempt (compare "ab" ('a' : undefined))
  putStrLn r1
  let freq = MS.fromListWith (+) [(w, 1 :: Int) | w <- words "to be or not to be that is the question to be"]
  print (M.toList freq, M.lookup "be" freq)
  -- ord, chr, categories
  print (map ord "a\0\1114111", map chr [0, 65, 1114111], map generalCategory "aZ1 \t\1114111-", filter isSpace " \t\na\160")
  r2 <- attempt (chr 1114112)
  r3 <- attempt (chr (-1))
  putStrLn r2
  putStrLn r3
  -- (Int, Int) arrays
  let a = listArray ((-1, 2), (3, 5)) [1 :: Int ..]
  print (a ! (-1, 2), a ! (0, 4), a ! (3, 5), sum [a ! (i, j) | i <- [-1 .. 3], j <- [2 .. 5]])
  mapM_ (\ix -> attempt (a ! ix) >>= putStrLn) [(4, 2), (-2, 3), (0, 1), (0, 6)]
  let b = accumArray (+) 0 ((0, 0), (2, 2)) [((i `mod` 3, j `mod` 3), i * j) | i <- [0 .. 9], j <- [0 .. 9]] :: Array (Int, Int) Int
  print (elems b)
  -- balanced trees under many inserts and deletes
  let ks = [(i * 7919) `mod` 1009 | i <- [1 .. 3000 :: Int]]
      m = foldr (\k -> M.insert k (k * 2)) M.empty ks
      m2 = foldr M.delete m (take 500 ks)
      s = S.fromList ks
      s2 = foldr S.delete s [0, 2 .. 1000]
  print (M.size m, M.valid m, M.size m2, M.valid m2, take 5 (M.toList m2), M.foldr (+) 0 m2)
  print (S.size s, S.valid s, S.size s2, S.valid s2, take 5 (S.toList s2), S.toDescList s2 !! 3)
  print (M.toList (M.unionWith (+) m2 (M.fromList [(k, 1) | k <- [0, 50 .. 1100]])) !! 7)
