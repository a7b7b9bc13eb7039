-- ExitFailure codes outside 0..255: GHC's top-level handler exits with 255.
import System.Exit

main :: IO ()
main = do
  putStrLn "exiting"
  exitWith (ExitFailure 1000)
