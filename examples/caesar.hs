-- Caesar cipher over stdin: encode with shift 3, then decode back.
import Data.Char (chr, isLower, isUpper, ord)

shift :: Int -> Char -> Char
shift n c
  | isUpper c = rot 'A' c
  | isLower c = rot 'a' c
  | otherwise = c
  where
    rot base ch = chr (ord base + (ord ch - ord base + n) `mod` 26)

main :: IO ()
main = do
  input <- getContents
  let enc = map (shift 3) input
  putStr enc
  putStr (map (shift (-3)) enc)
