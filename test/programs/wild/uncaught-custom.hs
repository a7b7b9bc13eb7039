import Control.Exception
data MyErr = MyErr String Int deriving Show
instance Exception MyErr where
  displayException (MyErr s n) = "my error: " ++ s ++ " #" ++ show n
main :: IO ()
main = do
  putStrLn "before"
  throwIO (MyErr "bad" 7)
