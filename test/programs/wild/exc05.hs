import System.Exit
import Control.Exception
main :: IO ()
main = do
  r <- try (exitWith (ExitFailure 4))
  case r of
    Left e -> putStrLn ("caught exit: " ++ show (e :: ExitCode))
    Right () -> return ()
  (exitFailure >> return ()) `finally` putStrLn "cleanup"
