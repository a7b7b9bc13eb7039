-- bracket, bracket_, bracketOnError, finally, onException: order of effects
-- with and without exceptions, and nested.
import Control.Exception

data Oops = Oops String deriving Show
instance Exception Oops

step :: String -> IO ()
step s = putStrLn ("  " ++ s)

main :: IO ()
main = do
  putStrLn "bracket ok"
  r <- bracket (step "acquire" >> return 5) (\x -> step ("release " ++ show x)) (\x -> step "use" >> return (x * 2))
  print (r :: Int)
  putStrLn "bracket failing"
  r2 <- try (bracket (step "acquire" >> return 1) (\_ -> step "release") (\_ -> throwIO (Oops "in use") >> return ()))
  print (either (\(Oops s) -> s) show r2)
  putStrLn "bracket_"
  bracket_ (step "before") (step "after") (step "middle")
  r3 <- try (bracket_ (step "before") (step "after") (evaluate (1 `div` (0 :: Int))))
  print (r3 :: Either ArithException Int)
  putStrLn "bracketOnError"
  r4 <- bracketOnError (return 'a') (\_ -> step "cleanup (not expected)") (\c -> return [c, c])
  print r4
  r5 <- try (bracketOnError (return 'b') (\c -> step ("cleanup " ++ [c])) (\_ -> throwIO (Oops "bad")))
  print (either (\(Oops s) -> s) (: []) r5)
  putStrLn "finally"
  (step "body" >> return ()) `finally` step "finalizer"
  r6 <- try ((step "body" >> throwIO (ErrorCall "body failed")) `finally` step "finalizer")
  print (r6 :: Either ErrorCall ())
  putStrLn "onException"
  v <- (return 42 `onException` step "not run") :: IO Int
  print v
  r7 <- try (throwIO (Oops "x") `onException` step "handler ran")
  print (either (\(Oops s) -> s) (const "none") (r7 :: Either Oops ()))
  putStrLn "nested"
  r8 <- try (bracket (step "outer acquire") (\_ -> step "outer release") $ \_ ->
              bracket (step "inner acquire") (\_ -> step "inner release") $ \_ ->
                (step "work" >> throwIO (Oops "deep")) `finally` step "work finally")
  print (either (\(Oops s) -> s) (const "none") (r8 :: Either Oops ()))
  putStrLn "release throws"
  r9 <- try (bracket (return ()) (\_ -> throwIO (Oops "release")) (\_ -> return "result"))
  print (either (\(Oops s) -> s) id r9)
  r10 <- try (bracket (return ()) (\_ -> throwIO (Oops "release")) (\_ -> throwIO (Oops "body")))
  print (either (\(Oops s) -> s) id r10)
  putStrLn "finally around uncaught"
  (step "last" >> throwIO (Oops "uncaught")) `finally` step "cleanup printed before exit"
