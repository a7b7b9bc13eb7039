import Data.List (sort, nub, transpose, isPrefixOf, isSuffixOf, isInfixOf, intercalate, partition, tails, inits, zipWith3)
import qualified Data.Map as Map
import Data.Char (toUpper, ord, chr, isAlpha, isUpper)

-- grid puzzle: count words in a letter grid in 8 directions
grid :: [String]
grid = ["MMMSXXMASM","MSAMXMSMSA","AMXSXMAAMM","MSAMASMSMX","XMASAMXAMM","XXAMMXXAMA","SMSMSASXSS","SAXAMASAAA","MAMMMXMMMM","MXMXAXMASX"]

count :: String -> [String] -> Int
count w g = sum [1 | r <- [0..h-1], c <- [0..wd-1], (dr, dc) <- dirs, match r c dr dc]
  where
    h = length g; wd = length (head g)
    dirs = [(a,b) | a <- [-1,0,1], b <- [-1,0,1], (a,b) /= (0,0)]
    at r c | r >= 0 && r < h && c >= 0 && c < wd = Just (g !! r !! c)
           | otherwise = Nothing
    match r c dr dc = and [at (r + i*dr) (c + i*dc) == Just ch | (i, ch) <- zip [0..] w]

caesar :: Int -> String -> String
caesar n = map sh
  where sh c | isAlpha c && isUpper c = rot 'A' c
             | isAlpha c = rot 'a' c
             | otherwise = c
        rot b c = chr (ord b + (ord c - ord b + n) `mod` 26)

main :: IO ()
main = do
  print (count "XMAS" grid)
  print (map length (transpose grid))
  putStrLn (intercalate "," (take 3 (transpose grid)))
  print (partition even [1..10 :: Int])
  print (take 4 (tails "abc"), inits "abc")
  print ("ab" `isPrefixOf` "abc", "bc" `isSuffixOf` "abc", "x" `isInfixOf` "abc")
  putStrLn (caesar 3 "Hello, World!")
  putStrLn (caesar (-3) (caesar 3 "Round Trip"))
  let freq = Map.fromListWith (+) [(c, 1 :: Int) | c <- concat grid]
  print (Map.toList freq)
  print (nub (sort (concat grid)))
  print (zipWith3 (\a b c -> a + b * c) [1,2,3] [4,5,6] [7,8,9 :: Int])
  print (map toUpper "done")
