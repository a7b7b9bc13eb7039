-- An uncaught exception's message comes after what stdout still buffers.
main :: IO ()
main = do
  putStrLn "before"
  mapM_ print [1 .. 5 :: Int]
  error "boom"
