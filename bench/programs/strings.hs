-- String processing: run-length encoding, a Caesar cipher, word reversal,
-- palindromes and case mapping over generated text.
import Data.Char (chr, isAlpha, isUpper, ord, toLower, toUpper)
import Data.List (group)

rle :: String -> String
rle = concatMap (\g -> show (length g) ++ [head g]) . group

caesar :: Int -> String -> String
caesar k = map shift
  where
    shift c
      | isAlpha c && isUpper c = rot 'A' c
      | isAlpha c = rot 'a' c
      | otherwise = c
    rot base c = chr (ord base + (ord c - ord base + k) `mod` 26)

isPal :: String -> Bool
isPal w = let l = map toLower w in l == reverse l && length l > 2

text :: Int -> String
text n = unwords [word i | i <- [1 .. n]]
  where
    word i = take (2 + i `mod` 7) (drop (i `mod` 13) (cycle "abbaLeveLracecarNoonxyzzy"))

main :: IO ()
main = do
  let t = text 20000
  print (length (rle t))
  let enc = caesar 3 t
  print (take 60 enc)
  print (caesar 23 enc == t)
  print (length (filter isPal (words t)))
  putStrLn (take 80 (unwords (map reverse (words (map toUpper t)))))
