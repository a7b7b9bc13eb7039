-- interact-based filter: Caesar/ROT13 and Vigenere ciphers, letter
-- frequency analysis to crack a Caesar shift.
module Main (main) where

import Data.Char
import Data.List (maximumBy, sortBy)
import Data.Ord (comparing)

shiftChar :: Int -> Char -> Char
shiftChar n c
  | isAsciiUpper c = rot 'A'
  | isAsciiLower c = rot 'a'
  | otherwise = c
  where rot b = chr (ord b + (ord c - ord b + n) `mod` 26)

vigenere :: Bool -> String -> String -> String
vigenere dec key = go (cycle key)
  where
    go _ [] = []
    go ks@(k : kt) (c : cs)
      | isAsciiUpper c || isAsciiLower c = shiftChar (sign * (ord (toLower k) - ord 'a')) c : go kt cs
      | otherwise = c : go ks cs
    go [] cs = cs
    sign = if dec then -1 else 1

englishFreq :: [Double]
englishFreq = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074]

crack :: String -> Int
crack s = maximumBy (comparing score) [0 .. 25]
  where letters = map toLower (filter isAsciiLetter s)
        isAsciiLetter c = isAsciiUpper c || isAsciiLower c
        score k = sum [englishFreq !! (ord (shiftChar (negate k) c) - ord 'a') | c <- letters]

process :: String -> String
process input = unlines (concatMap line (lines input))
  where
    line l = case words l of
      ("rot13" : ws) -> [map (shiftChar 13) (unwords ws)]
      ("enc" : k : ws) -> [vigenere False k (unwords ws)]
      ("dec" : k : ws) -> [vigenere True k (unwords ws)]
      ("crack" : ws) -> let t = unwords ws; k = crack t in ["shift " ++ show k ++ ": " ++ map (shiftChar (negate k)) t]
      _ -> ["?"]

main :: IO ()
main = interact process
