import System.Exit
import System.IO
import Control.Exception

main :: IO ()
main = do
  print [ExitSuccess, ExitFailure 3]
  print (ExitFailure 2 == ExitFailure 2, ExitSuccess < ExitFailure 1, read "ExitFailure 7" :: ExitCode)
  r <- try (exitWith (ExitFailure 4))
  print (r :: Either ExitCode ())
  r2 <- try exitSuccess
  print (r2 :: Either ExitCode ())
  r3 <- try (exitWith (ExitFailure 0))
  print (either (\e -> show (e :: SomeException)) (const "none") r3)
  r4 <- try exitFailure
  print (r4 :: Either ExitCode ())
  hPutStrLn stderr "about to exit with 3"
  _ <- exitWith (ExitFailure 3)
  putStrLn "not reached"
