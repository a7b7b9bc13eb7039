-- assert: checked at -O0, ignored with -O (GHC's -fignore-asserts).
import Control.Exception

checked :: Int -> Int
checked n = assert (n > 0) (n * 2)

main :: IO ()
main = do
  print (checked 4)
  r <- try (evaluate (checked (-1)))
  case r of
    Left (AssertionFailed m) -> putStrLn ("assertion: " ++ m)
    Right v -> putStrLn ("no assertion: " ++ show v)
  print (assert True "fine")
  print (checked 0)
