import Data.List
import qualified Data.Foldable as F

main :: IO ()
main = do
  let xs = [1 .. 10] :: [Int]
  print (foldl' (+) 0 [1 .. 100000 :: Int], foldl (flip (:)) [] "abc", foldr (:) [] "abc")
  print (foldl1' (-) xs, foldr1 (\a b -> a * 10 + b) [1, 2, 3 :: Int])
  print (F.foldr' (:) [] "xyz", F.foldl' (flip (:)) [] "xyz")
  print (scanl (flip (:)) [] "abc", scanr (:) [] "abc", scanl' (*) 1 xs)
  print (take 6 (scanl (+) 0 [1 :: Integer ..]), take 5 (scanl1 (+) [1 :: Int ..]), take 3 (scanr (+) 0 [1 :: Int, 2, 3]))
  print (head (scanr (+) 0 [1 .. 1000 :: Int]), head (scanr1 max [3, 9, 2 :: Int]))
  print (takeWhile (< 40) (map (^ 2) [1 :: Int ..]), take 4 (iterate (`div` 2) (100 :: Int)))
  print (unfoldr (\n -> if n == 0 then Nothing else Just (n `mod` 10, n `div` 10)) (12345 :: Int))
  print (mapAccumL (\s x -> (s + x, s)) 0 xs, mapAccumR (\s x -> (s + x, s)) 0 xs)
  print (fst (mapAccumL (\s x -> (max s x, ())) 0 xs), snd (mapAccumR (\s c -> (s + 1, (s, c))) (0 :: Int) "abc"))
  print (foldr (\x acc -> x < 5 && acc) True [1 :: Int ..])
  print (take 3 (foldr (\x acc -> x : acc) [] [1 :: Int ..]))
  print (F.foldl (-) 0 (Just 5 :: Maybe Int), F.foldr (-) 0 (Right 5 :: Either String Int), F.foldr (-) 7 (Left "x" :: Either String Int))
  print (F.foldr1 (-) (3 :: Int, 4 :: Int), F.length (1 :: Int, 'c'), F.sum (Just (3 :: Int)), F.product (Nothing :: Maybe Int))
  print (F.toList (Just 'a'), F.null (Left 1 :: Either Int Char), F.elem 3 (Just (3 :: Int)), F.maximum (Right 4 :: Either () Int))
  print (sum [0.1, 0.2, 0.3 :: Double], product [1.5, 2 :: Double], sum [1 .. 100 :: Integer])
  print (length (filter even [1 .. 5000 :: Int]), foldl' max 0 (map (`mod` 97) [1 .. 3000 :: Int]))
  print (and (map even [2, 4 .. 100 :: Int]), or (map (> 99) [1 .. 100 :: Int]), any (> 50) [1 :: Int ..])
  print (concat (replicate 3 "ab"), concatMap (\x -> [x, x + 100]) [1, 2 :: Int], take 4 (concat [[1 :: Int ..]]))
  print (elem 50 [1 :: Int ..], lookup 5 [(i, i * i) | i <- [1 :: Int ..]])
  print (zip [1 :: Int ..] "hey", unzip3 [(1 :: Int, 'a', "s")], last [1 .. 100000 :: Int])
  print (reverse [1 .. 10 :: Int], length [1 .. 100000 :: Int], [5, 4 .. 1 :: Int] !! 2)
  print (replicate 3 'x', splitAt 1 "ab", span (< 3) [1 .. 6 :: Int], dropWhile even [2, 4, 5, 6 :: Int])
