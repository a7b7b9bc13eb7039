import Control.Exception

data Boom = Boom Int

instance Show Boom where
  show (Boom n) = "Boom " ++ show (10 `div` n)

instance Exception Boom

-- An uncaught exception whose show raises another exception; a caught one
-- shown fine before that.
main :: IO ()
main = do
  r <- try (throwIO (Boom 5))
  case r of
    Left e -> putStrLn ("caught " ++ show (e :: Boom))
    Right () -> putStrLn "no exception"
  _ <- evaluate (length [1 .. 10 :: Int])
  throwIO (Boom 0)
