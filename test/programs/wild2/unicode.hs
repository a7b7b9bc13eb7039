-- Data.Char's unicode predicates and case mapping on non-ASCII text,
-- with string padding and alignment.
module Main (main) where

import Data.Char
import qualified Data.Map as M
import Data.List (group, sort)

classify :: Char -> String
classify c
  | isUpper c = "upper"
  | isLower c = "lower"
  | isDigit c = "digit"
  | isNumber c = "number"
  | isSpace c = "space"
  | isPunctuation c = "punct"
  | isSymbol c = "symbol"
  | isMark c = "mark"
  | isLetter c = "letter"
  | otherwise = "other"

padRight, padLeft :: Int -> String -> String
padRight n s = s ++ replicate (n - length s) ' '
padLeft n s = replicate (n - length s) ' ' ++ s

center :: Int -> String -> String
center n s = let total = n - length s; l = total `div` 2 in replicate l '*' ++ s ++ replicate (total - l) '*'

main :: IO ()
main = do
  let text = "Grüße, Ωμέγα! Число 42 ½ → ∑ 日本語 café\x301 ÆØÅ ß"
  putStrLn (map toUpper text)
  putStrLn (map toLower text)
  let counts = M.fromListWith (+) [(classify c, 1 :: Int) | c <- text]
  mapM_ (\(k, v) -> putStrLn (padRight 8 k ++ "|" ++ padLeft 4 (show v))) (M.toList counts)
  print (map generalCategory "aZ1 ,+½\x301")
  print (map ord "é日", chr 955, map isAlpha "λ1_", isAscii 'é', isLatin1 'é', isControl '\t')
  print [c | c <- text, isUpper c]
  print (map digitToInt "fA9", intToDigit 11, toTitle 'ǆ', isHexDigit 'g', isOctDigit '7')
  print (words "tab\tseparated\x00a0nbsp\nnewline", lines "a\r\nb")
  putStrLn (center 11 "hi" ++ center 4 "toolong")
  print (map (\g -> (head g, length g)) (group (sort (filter isLetter (map toLower "Mississippi")))))
  print (show "ünï\tcode", read "\"\\955x\"" :: String)
  putStrLn (unwords [padLeft 6 (show n) | n <- [1, -22, 333 :: Int]])
