-- Reads decimal literals, one a line, and prints each read as a Double and
-- as a Float (GHC's fromRational rounding of the exact decimal).
main :: IO ()
main = getContents >>= mapM_ one . lines

one :: String -> IO ()
one l = putStrLn (show (read l :: Double) ++ " " ++ show (read l :: Float))
