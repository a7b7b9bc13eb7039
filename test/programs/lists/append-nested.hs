-- (++) reassociates a left-nested chain, (a ++ b) ++ c as a ++ (b ++ c)
-- (docs/preludes.md): the same list, forced in the same order, with the
-- same bottoms and errors, and an inner append held elsewhere is the same
-- list for its other holder.
import Control.Exception (SomeException, evaluate, try)
import Data.List (foldl')
import Debug.Trace (trace)

attempt :: Show a => a -> IO ()
attempt x = do
  r <- try (evaluate (let s = show x in length s `seq` s))
  case r of
    Left e -> putStrLn ("error: " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right s -> putStrLn s

-- A queue that appends at its end each tick and takes from its front.
queueSim :: Int -> (Int, Int)
queueSim n = go n [] 0 0
  where
    go 0 q s c = (s + sum q, c + length q)
    go k q s c =
      let q' = q ++ [k, k * 2]
       in case q' of
            (x : rest) | even k -> go (k - 1) rest (s + x) (c + 1)
            _ -> go (k - 1) q' s c

main :: IO ()
main = do
  -- left-nested chains, consumed all at once and a bit at a time
  let left = foldl (++) [] [[i, i + 1] | i <- [1, 3 .. 2000 :: Int]]
  print (length left, sum left, take 5 left, last left)
  let left' = foldl' (++) [] (map show [1 .. 300 :: Int])
  putStrLn (take 40 left')
  print (length left')
  print (queueSim 5000)
  -- an inner append shared by another holder
  let inner = [1 .. 5 :: Int] ++ [6 .. 10]
      outer = (drop 1 inner ++ [11]) ++ [12]
  print (take 3 outer)
  print (drop 2 inner)
  print outer
  print inner
  -- infinite and partial lists
  print (take 8 ((([1, 2] ++ [3 ..]) ++ [0]) ++ [0 :: Int]))
  print (take 6 (((cycle [7, 8 :: Int]) ++ undefined) ++ undefined))
  attempt (length (([1, 2 :: Int] ++ (3 : undefined)) ++ [4]))
  attempt (sum ((([1 :: Int] ++ [2]) ++ error "third part") ++ [4]))
  attempt (take 3 ((("ab" ++ undefined) ++ "cd") ++ "ef"))
  -- the order parts are forced in
  let traced s xs = trace ("force " ++ s) xs
  print (((traced "a" [1 :: Int] ++ traced "b" [2]) ++ traced "c" [3]) ++ traced "d" [4])
  -- strings built by nested appends, as show code does
  let showAll = foldl (\acc i -> acc ++ show i ++ ",") "" [1 .. 50 :: Int]
  putStrLn showAll
  print (length (concat (replicate 100 "abc") ++ concatMap show [1 .. 100 :: Int]))
