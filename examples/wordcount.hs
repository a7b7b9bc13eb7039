-- wc: lines, words and characters of standard input.
main :: IO ()
main = do
  s <- getContents
  let ls = length (lines s)
      ws = length (words s)
      cs = length s
  putStrLn (show ls ++ " " ++ show ws ++ " " ++ show cs)
