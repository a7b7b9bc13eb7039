{-# OPTIONS_GHC -funfolding-use-threshold=3000 -fno-specialise #-}
-- containers' internals only containers' own code calls, reached here by
-- -O1 code that inlines their callers (a high unfolding threshold): Data.Graph's
-- depth-first search (components_$s$wgenerate, components_$schop), Data.Map's
-- alterF path (lookupTrace), Data.Sequence's lookupTree one level down and
-- cycleNTimes' middle (cycleNMiddle).
module Inlined (run) where

import Control.Exception (SomeException, evaluate, try)
import Data.Functor.Identity (Identity (..))
import Data.Graph
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Sequence as S
import Data.Sequence.Internal (Digit (..), FingerTree (..), Node (..), Seq (..))
import Data.Tree (flatten, drawForest)

-- a sequence's finger tree, as Data.Sequence.Internal's constructors build it
shape :: (a -> String) -> FingerTree a -> String
shape _ EmptyT = "E"
shape f (Single x) = "S" ++ f x
shape f (Deep n pr m sf) = "D" ++ show n ++ digit pr ++ "(" ++ shape node m ++ ")" ++ digit sf
  where
    digit d = show (length (items d)) ++ concatMap f (items d)
    items (One a) = [a]
    items (Two a b) = [a, b]
    items (Three a b c) = [a, b, c]
    items (Four a b c d) = [a, b, c, d]
    node (Node2 k a b) = "<" ++ show k ++ f a ++ f b ++ ">"
    node (Node3 k a b c) = "<" ++ show k ++ f a ++ f b ++ f c ++ ">"

shapeOf :: Seq a -> String
shapeOf (Seq t) = shape (const ".") t

graphs :: [Graph]
graphs =
  [ buildG (0, 7) [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (6, 7), (2, 3)]
  , buildG (1, 12) [(i, j) | i <- [1 .. 12], j <- [i * 2, i * 3], j <= 12]
  , buildG (5, 4) []
  , buildG (-3, 3) [(3, -3), (-3, 0), (0, 3), (1, 2)]
  ]

run :: IO ()
run = do
  mapM_
    ( \g -> do
        print (map flatten (dfs g (reverse (vertices g))))
        print (map flatten (dff g))
        print (map flatten (components g))
        print (map flatten (scc g))
        print (topSort g, reverseTopSort g)
        print (map (reachable g) (vertices g))
        putStr (drawForest (map (fmap show) (dff g)))
    )
    graphs
  let bad = buildG (0, 3) [(0, 1), (1, 5)]
  r <- try (evaluate (length (show (map flatten (dfs bad [0])))))
  print (either (\e -> Left (show (e :: SomeException))) Right r)
  r2 <- try (evaluate (length (show (map flatten (dfs bad [2, 9])))))
  print (either (\e -> Left (show (e :: SomeException))) Right r2)
  -- alterF: insert, replace, delete along the traced path
  let m = M.fromList [(i, i * i) | i <- [1 .. 40 :: Int]]
  print (M.alterF (\v -> [v, fmap (+ 1) v, Nothing]) 17 m)
  print (runIdentity (M.alterF (\_ -> Identity (Just 0)) 41 m))
  print (M.alterF (\v -> (v, Nothing)) 7 m)
  print (M.alterF (\v -> (v, Just 5)) 0 (M.fromList [(k, k) | k <- [1, 3 .. 99 :: Int]]))
  print (MS.alterF (\v -> Just (fmap (* 2) v)) 33 m)
  print (fmap M.toList (M.alterF (\v -> [v, Nothing]) "k" (M.fromList (zip (words "a k z q") [1 :: Int ..]))))
  -- index lookups deep in the tree and cycleTaking / stimes-like repeats
  let s = S.fromList [1 .. 300 :: Int]
  print [S.lookup i s | i <- [0, 1, 7, 50, 123, 255, 299, 300, -1]]
  print [S.index s i | i <- [3, 77, 150, 222]]
  print (map (s S.!?) [12, 298, 301])
  mapM_ (\n -> print (S.cycleTaking n (S.fromList "abcdefg"))) [0, 5, 17, 40]
  mapM_ (\k -> print (S.cycleTaking 200 (S.fromList [1 .. k :: Int]))) [1, 2, 3, 4, 5, 6, 9, 30]
  mapM_ (\(n, k) -> putStrLn (shapeOf (S.cycleTaking n (S.fromList [1 .. k :: Int]))))
    [(n, k) | k <- [4, 5, 6, 7, 8, 13, 21, 40], n <- [k * 2, k * 3 + 1, k * 7, k * 20 + 3]]
  print (S.fromList [1 .. 7 :: Int] *> S.fromList "xyz")
