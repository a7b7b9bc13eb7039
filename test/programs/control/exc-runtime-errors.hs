-- The errors GHC's generated code raises, caught by type: record selector,
-- missing field, missing method, incomplete patterns; Functor Handler.
{-# OPTIONS_GHC -Wno-missing-fields -Wno-missing-methods -Wno-incomplete-patterns -Wno-incomplete-record-updates #-}
import Control.Exception

data Shape = Circle { radius :: Double } | Square { side :: Double } deriving Show

data Config = Config { name :: String, size :: Int }

class Describe a where
  describe :: a -> String
  label :: a -> String
  label _ = "label"

instance Describe Bool

classify :: Int -> String
classify n | n > 0 = "positive"
           | n < 0 = "negative"

firstWord :: String -> Char
firstWord (c : _) = c

report :: String -> IO () -> IO ()
report what act = act `catches`
  [ Handler (\e -> putStrLn (what ++ ": RecSelError: " ++ show (e :: RecSelError)))
  , Handler (\e -> putStrLn (what ++ ": RecConError: " ++ show (e :: RecConError)))
  , Handler (\e -> putStrLn (what ++ ": NoMethodError: " ++ show (e :: NoMethodError)))
  , Handler (\e -> putStrLn (what ++ ": PatternMatchFail: " ++ show (e :: PatternMatchFail)))
  , Handler (\e -> putStrLn (what ++ ": RecUpdError: " ++ show (e :: RecUpdError))) ]

main :: IO ()
main = do
  report "selector" (print (side (Circle 1.0)))
  report "construction" (putStrLn (name (Config { size = 3 })))
  report "construction ok" (print (size (Config { size = 3 })))
  report "method" (putStrLn (describe True))
  report "default method" (putStrLn (label True))
  report "guards" (putStrLn (classify 0))
  report "pattern" (print (firstWord ""))
  report "lambda" (print ((\(Just x) -> x :: Int) Nothing))
  report "update" (print ((Circle 2.0) { side = 3.0 }))
  r <- try (evaluate (let (a, 1) = (2 :: Int, 2 :: Int) in a))
  putStrLn (either (\e -> "irrefutable: " ++ show (e :: PatternMatchFail)) show r)
  s <- (throwIO (ErrorCall "x") >> return 0) `catches` [fmap (* 2) (Handler (\(ErrorCall m) -> return (length m)))]
  print (s :: Int)
  allowInterrupt
  putStrLn (side (Square 2.0) `seq` "done")
  print (radius (Square 1.0))
