-- readLn and read on lines of stdin
main :: IO ()
main = do
  n <- readLn :: IO Int
  xs <- readLn :: IO [Double]
  p <- readLn :: IO (String, Maybe Bool)
  print (n * 2, sum xs, p)
  rest <- getContents
  print (map read (lines rest) :: [Integer])
