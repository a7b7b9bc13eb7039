-- interact: upper-case the input and number its lines.
import Data.Char (toUpper)

number :: [String] -> [String]
number = zipWith (\i l -> show i ++ ". " ++ l) [1 :: Int ..]

main :: IO ()
main = interact (unlines . number . lines . map toUpper)
