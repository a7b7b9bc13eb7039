import Control.Exception

data Oops = Oops String Int deriving Show
instance Exception Oops

main :: IO ()
main = do
  putStrLn "before"
  r <- try (throwIO (Oops "first" 1))
  putStrLn (either (\e -> "caught " ++ show (e :: Oops)) (const "none") r)
  _ <- throwIO (Oops "second" 2)
  putStrLn "after"
