-- Data.Text.IO.interact over a CSV on stdin: fields split and stripped,
-- numbers read with Data.Text.Read, a per-city summary written back.
{-# LANGUAGE OverloadedStrings #-}
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import Data.Text.Read (decimal, double, signed)
import Data.List (sortOn, foldl')

data Row = Row { city :: T.Text, count :: Int, temp :: Double }

parse :: T.Text -> Either String Row
parse line = case map T.strip (T.splitOn "," line) of
  [c, n, t] -> do
    (n', r1) <- signed decimal n
    (t', r2) <- double t
    if T.null r1 && T.null r2 then Right (Row (T.toTitle c) n' t') else Left ("trailing input in " ++ show line)
  fs -> Left ("expected 3 fields, got " ++ show (length fs))

summary :: T.Text -> T.Text
summary input = T.unlines (header : map fmt (sortOn fst merged) ++ map (T.pack . ("error: " ++)) errs)
  where
    results = map parse (filter (not . T.null . T.strip) (drop 1 (T.lines input)))
    rows = [r | Right r <- results]
    errs = [e | Left e <- results]
    merged = foldl' add [] rows
    add acc (Row c n t) = case lookup c acc of
      Just (n0, t0) -> (c, (n0 + n, t0 + t)) : filter ((/= c) . fst) acc
      Nothing -> (c, (n, t)) : acc
    header = T.intercalate " | " [T.justifyLeft 12 ' ' "city", T.justifyRight 6 ' ' "count", "temp"]
    fmt (c, (n, t)) = T.intercalate " | " [T.justifyLeft 12 '.' c, T.justifyRight 6 ' ' (T.pack (show n)), T.pack (show t)]

main :: IO ()
main = TIO.interact summary
