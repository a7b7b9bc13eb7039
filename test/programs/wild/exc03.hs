import Control.Exception
data Oops = Oops Int deriving Show
instance Exception Oops
main :: IO ()
main = do
  putStrLn "start"
  _ <- throw (Oops 3) :: IO ()
  putStrLn "never"
