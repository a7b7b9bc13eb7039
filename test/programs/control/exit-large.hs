-- exitWith a code beyond 255 (the OS keeps the low byte).
import System.Exit
import Control.Exception

main :: IO ()
main = do
  r <- try (exitWith (ExitFailure 256))
  print (r :: Either ExitCode ())
  exitWith (ExitFailure 300) `finally` putStrLn "bye"
