-- An LRU cache built from Data.Map (key -> (tick, value)) and Data.IntMap
-- (tick -> key), driven by a request trace; memoised Fibonacci with IntMap.
module Main (main) where

import qualified Data.Map.Strict as M
import qualified Data.IntMap.Strict as IM
import Data.List (foldl')
import Control.Monad.State

data LRU k v = LRU { cap :: Int, tick :: Int, items :: M.Map k (Int, v), order :: IM.IntMap k }

emptyLRU :: Int -> LRU k v
emptyLRU c = LRU c 0 M.empty IM.empty

access :: Ord k => k -> v -> LRU k v -> (Bool, LRU k v)
access k v (LRU c t its ord) = case M.lookup k its of
  Just (old, v') -> (True, LRU c (t + 1) (M.insert k (t, v') its) (IM.insert t k (IM.delete old ord)))
  Nothing ->
    let its' = M.insert k (t, v) its
        ord' = IM.insert t k ord
    in if M.size its' > c
         then let Just ((_, victim), ord'') = IM.minViewWithKey ord' in (False, LRU c (t + 1) (M.delete victim its') ord'')
         else (False, LRU c (t + 1) its' ord')

fibMemo :: Int -> State (IM.IntMap Integer) Integer
fibMemo n
  | n < 2 = return (fromIntegral n)
  | otherwise = do
      memo <- get
      case IM.lookup n memo of
        Just v -> return v
        Nothing -> do
          a <- fibMemo (n - 1)
          b <- fibMemo (n - 2)
          let r = a + b
          modify (IM.insert n r)
          return r

main :: IO ()
main = do
  let trace = words "a b c a d b e a f c a b"
      step (hits, cache) k = let (h, c') = access k (length k) cache in (if h then k : hits else hits, c')
      (hs, final) = foldl' step ([], emptyLRU 3) trace
  print (reverse hs)
  print (M.keys (items final), IM.elems (order final), tick final)
  let (f, memo) = runState (fibMemo 150) IM.empty
  print (f, IM.size memo, IM.findMax memo)
  let im = IM.fromListWith (++) [(length w, [w]) | w <- words "the cat sat on a warm mat today"]
  print im
  print (IM.toDescList (IM.map length im), IM.lookupLT 3 im, IM.lookupGE 4 im, IM.split 3 im)
  print (IM.unionWith (++) im (IM.singleton 9 ["xxxxxxxxx"]), IM.keys (IM.filter ((> 1) . length) im))
