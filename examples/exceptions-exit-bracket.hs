import Control.Exception
import System.Exit

main :: IO ()
main = do
  putStrLn "start"
  r <- try (exitWith (ExitFailure 2))
  case r of
    Left e -> putStrLn ("caught exit: " ++ show (e :: ExitCode))
    Right () -> putStrLn "no exit"
  bracket (putStrLn "acquire" >> return "res")
          (\x -> putStrLn ("release " ++ x))
          (\x -> do
              putStrLn ("using " ++ x)
              _ <- exitWith (ExitFailure 3) `finally` putStrLn "finally inside"
              putStrLn "unreached")
  putStrLn "unreached too"
