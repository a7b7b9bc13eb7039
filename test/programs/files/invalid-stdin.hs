main :: IO ()
main = do
  l <- getLine
  putStrLn ("first: " ++ l)
  s <- getContents
  mapM_ putStrLn (lines s)
