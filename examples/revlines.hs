-- Reverse every line of standard input, and the order of the lines.
main :: IO ()
main = interact (unlines . reverse . map reverse . lines)
