import Text.Read
import Control.Exception

t :: Show a => a -> IO ()
t x = do
  r <- try (evaluate x)
  case r of
    Left (ErrorCall m) -> putStrLn ("error: " ++ m)
    Right v -> print v

data C = A | B deriving (Show, Read)

main :: IO ()
main = do
  t (read "x" :: Int)
  t (read "1 2" :: Int)
  t (read "" :: Double)
  t (read "C" :: C)
  t (readEither "A B" :: Either String C)
  t (readEither "" :: Either String C)
  print (read "A" :: C)
  print (read "oops" :: Int)
