-- The paths made cheaper against GHC (session 16): sortBy merges runs at
-- compare on Int or Char in one step when their elements are evaluated,
-- take copies evaluated cells in chunks, drop skips them, words copies a
-- word evaluated up to its end. Results, laziness,
-- sharing-visible behaviour and errors must not change: unevaluated and
-- bottom elements, partial spines, cyclic lists, huge counts, Int extremes,
-- comparison functions other than compare, stability.
import Control.Exception (SomeException, evaluate, try)
import Data.List (sort, sortBy, sortOn)
import Data.Ord (comparing, Down (..))

attempt :: Show a => a -> IO ()
attempt x = do
  r <- try (evaluate (let s = show x in length s `seq` s))
  case r of
    Left e -> putStrLn ("error: " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right s -> putStrLn s

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

main :: IO ()
main = do
  -- sort at Int: random, sorted, reversed, duplicates, extremes
  let rs = take 3000 (iterate lcg 5)
  print (take 8 (sort rs), sum (zipWith (*) (sort rs) (cycle [1, -1])))
  print (sort [5, 4 .. -5 :: Int], sort [1 .. 10 :: Int], sort [3, 1, 3, 1, 2, 2 :: Int])
  print (sort [maxBound, minBound, 0, -1, 1, maxBound - 1, minBound + 1 :: Int])
  print (sort ([] :: [Int]), sort [7 :: Int])
  -- sorting twice and sorting an evaluated list (every merge has evaluated runs)
  let ev = map (`mod` 97) rs
  print (sum ev, take 10 (sort ev), take 10 (reverse (sort (sort ev))))
  -- sort at Char
  print (sort "the quick brown fox jumps over the lazy dog", sort "\1114111\0\127a")
  -- sortBy with compare given directly, with flip compare, with comparing
  print (take 6 (sortBy compare rs), take 6 (sortBy (flip compare) rs))
  print (take 6 (sortBy (comparing negate) (take 500 rs)))
  -- stability: equal keys keep their order
  let ps = zip (map (`mod` 5) (take 40 rs)) [1 :: Int ..]
  print (sortBy (comparing fst) ps)
  print (sortOn (Down . fst) ps)
  -- bottoms: an element never compared, one compared, a bottom spine
  attempt (length (sort [3, undefined, 1 :: Int]))
  attempt (sort [3, undefined, 1 :: Int])
  attempt (take 2 (sort (4 : 2 : 3 : 1 : undefined :: [Int])))
  attempt (head (sortBy undefined [1 :: Int]))
  attempt (sortBy undefined ([] :: [Int]))
  attempt (head (sortBy undefined [2, 1 :: Int]))
  let half = [10, 9 .. 1] ++ [error "late" :: Int]
  attempt (sum (take 5 half), sort half)
  -- take: evaluated, in part, cyclic, huge and non-positive counts
  let xs = [1 .. 200 :: Int]
  print (sum xs, take 3 xs, length (take 150 xs), sum (take 199 xs), take 0 xs, take (-3) xs)
  print (take 5 (take maxBound xs), length (take maxBound xs), length (take (maxBound - 5) xs))
  let cyc = cycle [1, 2, 3 :: Int]
  print (take 10 cyc, length (take 100 cyc), sum (take 1000 cyc), take 4 (drop 1000001 cyc))
  let one = 7 : one :: [Int]
  print (take 3 one, sum (take 130 one), take 2 (drop 500 one))
  let part = [1, 2, 3, 4] ++ map (* 10) [5 .. 9 :: Int]
  print (take 2 part, take 6 part, part, take 100 part)
  attempt (take 3 (1 : 2 : 3 : undefined :: [Int]))
  attempt (length (take 4 (1 : 2 : 3 : undefined :: [Int])))
  attempt (take 3 [1, undefined, 3 :: Int])
  let lz = [1 :: Int, 2, 3] ++ error "rest"
  attempt (sum (take 3 lz), take 3 lz, take 70 (cycle lz))
  attempt (take 4 lz)
  -- drop: evaluated, in part, past the end, cyclic
  print (drop 195 xs, drop 300 xs, drop 0 [1, 2 :: Int], drop (-1) [1, 2 :: Int], drop maxBound xs)
  attempt (drop 2 (1 : 2 : undefined :: [Int]))
  attempt (length (drop 2 (1 : 2 : undefined :: [Int])))
  attempt (drop 3 (1 : 2 : undefined :: [Int]))
  print (splitAt 3 part, splitAt 100 xs == (xs, []), fst (splitAt 64 xs) == [1 .. 64])
  let big = [1 .. 100000 :: Int]
  print (length big, sum (take 99999 big), take 3 (drop 99990 big), length (drop 5 big))
  -- words over evaluated text: every space GHC knows, long words, a bottom
  let t = "  alpha\tbeta\ngamma\r\ndelta\f\vx\160y\5760z\8192w\8202v\8239u\8287s\12288r\8232q\8233p  "
  print (length t, words t, length (words t))
  let long = replicate 5000 'a' ++ " " ++ replicate 4096 'b' ++ " " ++ replicate 4095 'c' ++ " end"
  print (length long, map length (words long))
  let partial = "one two " ++ ['t', 'h', undefined] ++ " four"
  print (length partial)
  attempt (take 2 (words partial))
  attempt (words partial)
  attempt (map length (words partial))
  let lazyText = unwords (map show [1 .. 30 :: Int])
  print (words lazyText, words lazyText == map show [1 .. 30 :: Int])
