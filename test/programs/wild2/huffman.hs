-- Huffman coding: frequency count, tree building with a Data.Map-based
-- priority queue, encoding to a bit string and decoding back.
module Main (main) where

import qualified Data.Map as M
import Data.List (sortOn, foldl')

data HTree = Leaf Int Char | Branch Int HTree HTree deriving Show

weight :: HTree -> Int
weight (Leaf w _) = w
weight (Branch w _ _) = w

build :: [(Char, Int)] -> HTree
build freqs = go (M.fromListWith (++) [((w, i), [Leaf w c]) | (i, (c, w)) <- zip [0 :: Int ..] freqs]) (length freqs)
  where
    go q n = case M.minViewWithKey q of
      Nothing -> error "empty"
      Just (((_, _), [t]), q') | M.null q' -> t
      Just ((k, t : ts), q') ->
        let q1 = if null ts then q' else M.insert k ts q'
        in case M.minViewWithKey q1 of
             Just ((k2, u : us), q2) ->
               let q3 = if null us then q2 else M.insert k2 us q2
                   b = Branch (weight t + weight u) t u
               in go (M.insertWith (++) (weight b, n) [b] q3) (n + 1)
             _ -> t
      Just ((_, []), _) -> error "impossible"

codes :: HTree -> M.Map Char String
codes t = M.fromList (go t "")
  where go (Leaf _ c) acc = [(c, if null acc then "0" else reverse acc)]
        go (Branch _ l r) acc = go l ('0' : acc) ++ go r ('1' : acc)

decode :: HTree -> String -> String
decode t = go t
  where go (Leaf _ c) [] = [c]
        go _ [] = []
        go (Leaf _ c) bs = c : go t bs
        go (Branch _ l r) (b : bs) = let n = if b == '0' then l else r in case n of
          Leaf _ c -> c : go t bs
          _ -> go n bs

main :: IO ()
main = do
  let text = "this is an example of a huffman tree, with some repeated letters eeee"
      freqs = M.toList (foldl' (\m c -> M.insertWith (+) c 1 m) M.empty text)
      tree = build freqs
      cs = codes tree
      enc = concatMap (cs M.!) text
  mapM_ (\(c, code) -> putStrLn (show c ++ " " ++ code)) (sortOn (\(c, code) -> (length code, c)) (M.toList cs))
  print (length enc, length text * 8, weight tree)
  putStrLn (take 64 enc)
  print (decode tree enc == text)
