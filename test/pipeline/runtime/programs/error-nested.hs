-- An error whose message is itself an error: GHC reports the inner one.
main :: IO ()
main = do
  putStrLn "start"
  error (error "inner")
