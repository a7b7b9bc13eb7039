module Main where

import qualified Data.Map.Strict as M
import Data.List (sortOn, foldl', groupBy)
import Data.Function (on)
import Data.Char (isDigit, isSpace)
import Text.Read (readMaybe)
import Data.Maybe (mapMaybe)

data Entry = Entry { name :: String, score :: Int } deriving (Show, Eq)

parseLine :: String -> Maybe Entry
parseLine l = case words l of
  [n, s] -> Entry n <$> readMaybe s
  _ -> Nothing

main :: IO ()
main = do
  inp <- getContents
  let es = mapMaybe parseLine (lines inp)
      totals = foldl' (\m (Entry n s) -> M.insertWith (+) n s m) M.empty es
      ranked = sortOn (negate . snd) (M.toList totals)
      grouped = groupBy ((==) `on` (head . fst)) (sortOn fst (M.toList totals))
  mapM_ (\(n, s) -> putStrLn (n ++ ": " ++ show s)) ranked
  print (map (map fst) grouped)
  print (M.foldrWithKey (\k v acc -> length k * v + acc) 0 totals)
  print $ length (filter (all isDigit) (lines inp))
  print $ M.lookupMin totals
  print $ M.findWithDefault 0 "zed" totals
