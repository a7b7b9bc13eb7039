import Control.Exception
import Data.IORef

step :: IORef [String] -> String -> IO ()
step ref s = do
  putStrLn s
  modifyIORef ref (s :)

main :: IO ()
main = do
  ref <- newIORef []
  -- bracket without an exception: acquire, use, release, result
  r <- bracket (step ref "acquire" >> return (5 :: Int))
               (\_ -> step ref "release")
               (\x -> step ref "use" >> return (x * 2))
  print r
  -- bracket with an exception: the release still runs, the exception escapes
  e <- try (bracket (step ref "acquire2" >> return ())
                    (\_ -> step ref "release2")
                    (\_ -> step ref "use2" >> throwIO (userError "inside") >> step ref "unreached"))
  case e of
    Left ex -> putStrLn ("caught: " ++ show (ex :: IOException))
    Right () -> putStrLn "no exception"
  -- finally, both ways
  (step ref "body" >> return ()) `finally` step ref "finaliser"
  r2 <- try ((evaluate (1 `div` (0 :: Int)) >>= print) `finally` step ref "finaliser2")
  print (r2 :: Either ArithException ())
  -- onException runs only on an exception
  (step ref "quiet" `onException` step ref "never") 
  r3 <- try (throwIO (ErrorCall "loud") `onException` step ref "on exception")
  print (r3 :: Either ErrorCall ())
  -- bracket_
  bracket_ (step ref "open") (step ref "close") (step ref "middle")
  -- nested: inner finaliser before outer
  r4 <- try (bracket_ (step ref "outer in") (step ref "outer out")
               (bracket_ (step ref "inner in") (step ref "inner out") (error "deep")))
  case r4 of
    Left (ErrorCall m) -> putStrLn ("nested caught: " ++ m)
    Right () -> putStrLn "nested ok"
  -- catch with a SomeException handler
  catch (evaluate (head ([] :: [Int])) >>= print)
        (\ex -> putStrLn ("some exception: " ++ show (ex :: SomeException)))
  -- handlers that do not match let the exception through to an outer one
  r5 <- try (catch (throwIO DivideByZero) (\ex -> putStrLn ("wrong: " ++ show (ex :: ErrorCall))))
  print (r5 :: Either ArithException ())
  logged <- readIORef ref
  print (length logged)
  putStrLn (unwords (reverse logged))
