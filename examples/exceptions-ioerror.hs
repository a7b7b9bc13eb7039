import Control.Exception
import System.IO.Error (ioError, userError)

main :: IO ()
main = do
  r <- try (ioError (userError "first"))
  case r of
    Left e -> putStrLn ("caught: " ++ show (e :: IOException))
    Right () -> putStrLn "none"
  handle (\e -> putStrLn ("handled: " ++ show (e :: SomeException))) (fail "via fail")
  putStrLn "now the uncaught one"
  ioError (userError "boom")
  putStrLn "unreached"
