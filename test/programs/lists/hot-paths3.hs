-- The paths made cheaper against GHC (session 12): length, (!!), compare
-- at String and (!) at (Int, Int) read what is already evaluated in one
-- step. Their results, laziness and errors must not change: lists
-- evaluated in part, bottoms just past the part compared, cyclic lists,
-- indices out of range and pairs with unevaluated components. words is as
-- lazy as GHC's (its word and rest come from a lazy break).
import Control.Exception (ErrorCall (..), SomeException, evaluate, try)
import Data.Array
import qualified Data.Map as M

attempt :: Show a => a -> IO ()
attempt x = do
  r <- try (evaluate x)
  case r of
    Left e -> putStrLn ("error: " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right v -> print v

main :: IO ()
main = do
  -- length: evaluated throughout, in part, and not at all
  let xs = [1 .. 50 :: Int]
  print (length xs, sum xs, length xs)
  let ys = map (* 2) [1 .. 20 :: Int]
  print (ys !! 5, length ys, length (take 3 ys ++ [undefined, undefined]))
  attempt (length (1 : 2 : undefined :: [Int]))
  let zs = [1, 2, 3] ++ zs :: [Int]
  print (take 7 zs, zs !! 100000, zs !! 200001)
  print (length (replicate 250000 'x'), length "", length [()])
  -- (!!): skips, stops at a thunk, errors
  let ws = words "alpha beta gamma delta epsilon"
  print (length ws, ws !! 0, ws !! 4)
  attempt (ws !! 5)
  attempt (ws !! (-1))
  attempt ([1, 2, undefined, 4 :: Int] !! 3)
  attempt ([1, 2, undefined, 4 :: Int] !! 2)
  attempt ((1 : 2 : undefined :: [Int]) !! 1)
  attempt ((1 : 2 : undefined :: [Int]) !! 2)
  -- compare at String: decided in the evaluated part, or past it
  let a = "hello world"
      b = "hello there"
  print (length a, length b, compare a b, compare b a, compare a a, a < b, max a b)
  print (compare "" "", compare "" "a", compare "a" "", compare "abc" "abd")
  attempt (compare "ab" ('a' : undefined))
  attempt (compare "ab" ('b' : undefined))
  attempt (compare ('a' : 'b' : undefined) ('a' : 'c' : undefined))
  attempt (compare ['a', undefined] "ab")
  attempt (compare ['a', undefined] "b")
  let cyc = cycle "ab"
  print (compare (take 10 cyc) (take 11 cyc), compare cyc "abac")
  let m = M.fromListWith (+) [(w, 1 :: Int) | w <- words "to be or not to be that is the question to be"]
  print (M.toList m, M.lookup "be" m, M.lookup "bee" m)
  -- words: each word's cells and the rest only when demanded
  print (head (head (words ('a' : undefined))), take 3 (head (words (cycle "ab"))))
  print (take 2 (words ("one two " ++ undefined)), words "  a\tb\n c  ", words "")
  attempt (length (words ("one two" ++ undefined)))
  print (words "a\x2028\&b\x3000\&c\x85\&d\xa0\&e\x1680\&f", lines "a\x2028\&b\nc")
  -- (!) at (Int, Int): evaluated and unevaluated components, errors
  let t = listArray ((0, 0), (3, 4)) [0 .. 19] :: Array (Int, Int) Int
  print (t ! (2, 3), t ! (0, 0), t ! (3, 4))
  let i = 1 + length xs `div` 50
  print (t ! (i, i + 1), t ! (i + 1, 4 - i))
  attempt (t ! (4, 0))
  attempt (t ! (0, 5))
  attempt (t ! (-1, 0))
  attempt (t ! (4, undefined))
  attempt (t ! (1, undefined))
  attempt (t ! (undefined, 9))
  let u = listArray ((-3, 10), (-1, 12)) "abcdefghi" :: Array (Int, Int) Char
  print (u ! (-3, 10), u ! (-1, 12), u ! (-2, 11), [u ! (r, c) | r <- [-3 .. -1], c <- [10 .. 12]])
  attempt (u ! (-2, 13))
  attempt (u ! (0, 10))
