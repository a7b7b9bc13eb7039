-- interact: lazy in, lazy out (line by line).
import Data.Char (toUpper)

main :: IO ()
main = interact $ \s -> unlines [ show (length l) ++ " " ++ map toUpper l | l <- lines s ] ++ "total lines: " ++ show (length (lines s)) ++ "\n"
