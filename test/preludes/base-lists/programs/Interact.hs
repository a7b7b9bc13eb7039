-- interact with a lazy transformation of the whole input.
import Data.Char (toUpper)
main :: IO ()
main = interact (unlines . map (\l -> show (length (words l)) ++ " " ++ map toUpper l) . lines)
