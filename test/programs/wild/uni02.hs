main :: IO ()
main = do
  s <- getContents
  putStrLn (map succ (take 5 s))
  print (length s)
