-- readLn with no parse, uncaught: a user error.
main :: IO ()
main = do
  n <- readLn :: IO Int
  print n
  m <- readLn :: IO Double
  print m
