-- exitWith (ExitFailure 0) is an error: GHC throws an IOError instead.
import System.Exit

main :: IO ()
main = do
  putStrLn "before"
  exitWith (ExitFailure 0)
