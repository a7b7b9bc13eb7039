{-# LANGUAGE OverloadedStrings #-}
-- Word frequencies over Data.Text with case folding, stripping punctuation,
-- and a justified report (Text padding functions).
module Main (main) where

import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import qualified Data.Map.Strict as M
import Data.Char (isAlpha, isPunctuation)
import Data.List (sortBy)
import Data.Ord (comparing)

main :: IO ()
main = do
  txt <- TIO.getContents
  let ws = filter (not . T.null) . map (T.filter isAlpha . T.toCaseFold) $ T.words txt
      freq = M.fromListWith (+) (map (\w -> (w, 1 :: Int)) ws)
      top = take 8 (sortBy (comparing (\(w, n) -> (negate n, w))) (M.toList freq))
  mapM_ (\(w, n) -> TIO.putStrLn (T.justifyLeft 12 '.' w <> T.justifyRight 4 ' ' (T.pack (show n)))) top
  print (length ws, M.size freq)
  let ls = T.lines txt
  TIO.putStrLn (T.center 30 '=' " longest line ")
  TIO.putStrLn (snd (maximum [(T.length l, l) | l <- ls]))
  print (T.count "the" (T.toLower txt), T.breakOn "," (head ls), T.splitOn ", " "a, b, c")
  TIO.putStrLn (T.intercalate "|" (map (T.strip . T.filter (not . isPunctuation)) (T.chunksOf 10 (head ls))))
  print (T.replace "the" "THE" (ls !! 1), T.isInfixOf "fox" txt, T.zip "ab" "xyz")
  print (T.words "  multiple   spaces\there ", T.unwords ["a", "b"], T.reverse "äöü", T.toTitle "hello world")
