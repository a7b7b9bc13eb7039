-- A CSV parser with quoted fields and escaped quotes, column statistics,
-- and an aligned table printed with padding.
module Main (main) where

import Data.List (transpose, intercalate)
import Text.Read (readMaybe)
import Data.Maybe (mapMaybe)
import Text.Printf (printf)

parseCSV :: String -> [[String]]
parseCSV = map row . lines
  where
    row s = case field s of
      (f, ',' : rest) -> f : row rest
      (f, _) -> [f]
    field ('"' : r) = quoted r ""
    field s = break (== ',') s
    quoted ('"' : '"' : r) acc = quoted r ('"' : acc)
    quoted ('"' : r) acc = (reverse acc, r)
    quoted (c : r) acc = quoted r (c : acc)
    quoted [] acc = (reverse acc, [])

table :: [[String]] -> [String]
table rows = map fmt rows'
  where
    rows' = map (take ncols . (++ repeat "")) rows
    ncols = maximum (map length rows)
    widths = map (maximum . map length) (transpose rows')
    fmt r = intercalate " | " [if isNum c then replicate (w - length c) ' ' ++ c else c ++ replicate (w - length c) ' ' | (w, c) <- zip widths r]
    isNum c = (readMaybe c :: Maybe Double) /= Nothing

main :: IO ()
main = do
  rows <- parseCSV <$> getContents
  let (header : body) = rows
  mapM_ putStrLn (table rows)
  putStrLn (replicate 40 '-')
  let cols = transpose body
  mapM_ (\(h, col) -> do
           let nums = mapMaybe readMaybe col :: [Double]
           if null nums
             then printf "%-8s text, %d distinct\n" h (length (foldr (\x a -> if x `elem` a then a else x : a) [] col))
             else printf "%-8s n=%d min=%.2f max=%.2f mean=%.3f\n" h (length nums) (minimum nums) (maximum nums) (sum nums / fromIntegral (length nums)))
        (zip header cols)
