-- ExitCode's Show/Read/Eq/Ord, exitWith caught as an exception, and
-- exitWith (ExitFailure 0)'s IOError; then exit with code 3 from inside
-- catch/finally.
import Control.Exception
import System.Exit
import System.IO

main :: IO ()
main = do
  print [ExitSuccess, ExitFailure 1, ExitFailure (-2)]
  print (showsPrec 11 (ExitFailure 5) "")
  print (read "ExitFailure 7" :: ExitCode, read " ( ExitSuccess ) " :: ExitCode)
  print (reads "ExitFailure (-3) rest" :: [(ExitCode, String)])
  print (ExitFailure 1 == ExitFailure 1, ExitSuccess == ExitFailure 0, compare ExitSuccess (ExitFailure 1))
  r <- try (exitWith (ExitFailure 4))
  print (r :: Either ExitCode ())
  r2 <- try exitSuccess
  print (r2 :: Either ExitCode ())
  r3 <- try exitFailure
  print (r3 :: Either ExitCode ())
  r4 <- try (exitWith (ExitFailure 0))
  case r4 of
    Left e -> putStrLn ("ioerror: " ++ show (e :: IOException))
    Right () -> putStrLn "none"
  -- SomeException catches exits too
  exitWith (ExitFailure 9) `catch` \e -> putStrLn ("caught: " ++ show (e :: SomeException))
  -- a handler at another type does not
  hFlush stdout
  (exitWith (ExitFailure 3) `catch` \e -> putStrLn ("arith " ++ show (e :: ArithException)))
    `finally` putStrLn "finally runs"
  putStrLn "not reached"
