module Text.Format.Table (Render(..), table, pad) where

import Data.List (transpose, intercalate)

class Render a where
  render :: a -> String
  renderList :: [a] -> String
  renderList xs = intercalate " " (map render xs)

instance Render Int where
  render = show

pad :: Int -> String -> String
pad n s = replicate (n - length s) ' ' ++ s

table :: [String] -> [[String]] -> String
table header rows = unlines (map fmt (header : sep : rows))
  where
    widths = map (maximum . map length) (transpose (header : rows))
    sep = map (`replicate` '-') widths
    fmt r = intercalate " | " (zipWith pad widths r)
