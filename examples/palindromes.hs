-- Which input lines are palindromes (ignoring case and non-letters)?
import Data.Char (isAlphaNum, toLower)

isPalindrome :: String -> Bool
isPalindrome s = cleaned == reverse cleaned
  where
    cleaned = map toLower (filter isAlphaNum s)

main :: IO ()
main = do
  contents <- getContents
  mapM_ report (lines contents)
  where
    report l = putStrLn ((if isPalindrome l then "yes: " else "no:  ") ++ show l)
