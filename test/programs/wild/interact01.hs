import Data.Char (toUpper)
main :: IO ()
main = interact $ \s -> unlines (zipWith (\i l -> show i ++ ": " ++ map toUpper l) [1 :: Int ..] (lines s)) ++ "lines: " ++ show (length (lines s)) ++ "\n"
