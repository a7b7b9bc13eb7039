{-# LANGUAGE Strict #-}
import Data.List (foldl')
data P = P Int Int deriving Show
sumP :: [Int] -> P
sumP = foldl' (\(P a b) x -> P (a + x) (b + 1)) (P 0 0)
lazyOK :: Int -> Int -> Int
lazyOK ~a b = b
main :: IO ()
main = do
  print (sumP [1 .. 100])
  print (lazyOK undefined 5)
  let xs = [1, 2, 3] :: [Int]
  print (take 2 xs)
  print (fst (1 :: Int, undefined :: Int))
