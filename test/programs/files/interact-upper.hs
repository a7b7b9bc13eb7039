import Data.Char (toUpper)

main :: IO ()
main = interact (\s -> unlines (zipWith (\i l -> show i ++ " " ++ map toUpper l) [1 :: Int ..] (lines s)) ++ "total " ++ show (length s) ++ "\n")
