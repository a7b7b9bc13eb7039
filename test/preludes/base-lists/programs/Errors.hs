-- Partial functions and exits: the first argument picks one. Errors print
-- GHC's message on stderr and exit with code 1.
import qualified Data.Maybe
import System.Environment
import System.Exit
import Control.Monad
import qualified Data.Foldable

main :: IO ()
main = do
  [which] <- getArgs
  putStrLn "before"
  case which of
    "head" -> print (head ([] :: [Int]))
    "tail" -> print (tail "")
    "init" -> print (init "")
    "last" -> print (last "")
    "index-large" -> print ([1, 2, 3 :: Int] !! 3)
    "index-neg" -> print ([1, 2, 3 :: Int] !! (-1))
    "fromJust" -> print (Data.Maybe.fromJust (Nothing :: Maybe Int))
    "maximum" -> print (maximum ([] :: [Int]))
    "minimum-maybe" -> print (minimum (Nothing :: Maybe Int))
    "foldr1" -> print (foldr1 (+) ([] :: [Int]))
    "foldr1-maybe" -> print (foldr1 (+) (Nothing :: Maybe Int))
    "maximumBy" -> print (Data.Foldable.maximumBy compare ([] :: [Int]))
    "cycle" -> print (length (cycle ([] :: [Int])))
    "fail-io" -> do { Just x <- return (Nothing :: Maybe Int); print x }
    "exit-success" -> forM_ [1 :: Int ..] $ \i -> print i >> when (i == 3) exitSuccess
    "exit-failure" -> putStr "bye" >> exitFailure
    "exit-42" -> exitWith (ExitFailure 42)
    "getline-eof" -> getLine >>= putStrLn
    "readln" -> (readLn :: IO Int) >>= print
    _ -> putStrLn "unknown"
  putStrLn "after"
