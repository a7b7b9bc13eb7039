import Data.List
import Data.Char
import qualified Data.Map as M
main :: IO ()
main = do
  s <- getContents
  let ws = words (map toLower (filter (\c -> isAlpha c || isSpace c) s))
  print (take 5 (sortBy (\a b -> compare (snd b) (snd a)) (map (\g -> (head g, length g)) (group (sort ws)))))
  print (maximumBy (\a b -> compare (length a) (length b)) ws, minimum ws, maximum ws)
  print (foldl1 (+) [1 .. 10 :: Int], foldr1 (-) [1 .. 10 :: Int], scanl1 (+) [1 .. 5 :: Int], scanr1 (+) [1 .. 5 :: Int], scanr (+) 0 [1, 2, 3 :: Int])
  print (unzip3 [(1 :: Int, 'a', True), (2, 'b', False)], zip3 [1 :: Int ..] "ab" [(), ()], lookup "b" (zip ws [1 :: Int ..]))
  print (iterate (`div` 2) (100 :: Int) !! 3, takeWhile isDigit "123abc", dropWhile isSpace "  x", span even [2, 4, 5, 6 :: Int], break (== ' ') "ab cd")
  print (replicate 3 'x', splitAt 2 [1, 2, 3 :: Int], reverse [1, 2, 3 :: Int], and [], or [True], any isUpper "abC", all isLower "abc")
  print (concat [[1], [2, 3 :: Int]], concatMap show [1, 2, 3 :: Int], sum [1.5, 2.5 :: Double], product [1 .. 10 :: Integer], elem 3 [1, 2, 3 :: Int], notElem 'z' "abc")
  print (words "a\tb\nc  d", unwords ["x", "y"], lines "l1\r\nl2\n\nl4", unlines ["a", "b"])
  print (sortOn Down' [3, 1, 2 :: Int] `seq` sortOn (Down') [3, 1, 2], insert 3 [1, 2, 4, 5 :: Int], delete 3 [1, 3, 2, 3 :: Int], nubBy (\a b -> a `mod` 3 == b `mod` 3) [1 .. 10 :: Int])
  print (isSubsequenceOf "ace" "abcde", lookup 2 [(1, "one"), (2 :: Int, "two")], zipWith (curry swap') [1, 2 :: Int] "ab", intersperse ',' "abc", intercalate ", " ["x", "y"])
  print (foldl' (flip (M.insertWith (++) 1)) M.empty [[1 :: Int], [2]], transpose ["abc", "de", "f"], genericTake (2 :: Integer) "abc", genericReplicate (3 :: Integer) 'z')
  print (unfoldr (\n -> if n > 100 then Nothing else Just (n, n * 2)) (1 :: Int), splitOn' ',' "a,b,,c", sum (map digitToInt "12345"), findIndices even [1, 2, 4, 5 :: Int], partition isUpper "aBcD")
  print (dropWhileEnd isSpace "trail   ", stripPrefix "ab" "abc", group [1, 1, 2, 3, 3, 3 :: Int], tails [1, 2 :: Int], isPrefixOf [1] [1, 2 :: Int], zip [1 :: Int ..] (inits "ab"))
  print (length (subsequences [1 .. 10 :: Int]), sortBy (\a b -> compare (map toLower a) (map toLower b)) ["b", "A", "c"], maximum "hello", minimum [3.5, 2.5 :: Double])
  where
    swap' (a, b) = (b, a)
    splitOn' c s = case break (== c) s of
      (a, []) -> [a]
      (a, _ : r) -> a : splitOn' c r
newtype Down' = Down' Int deriving (Eq, Show)
instance Ord Down' where compare (Down' a) (Down' b) = compare b a
