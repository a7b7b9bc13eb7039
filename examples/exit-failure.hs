-- exitWith (ExitFailure 3) after some output.
import Control.Monad (when)
import System.Exit

main :: IO ()
main = do
  mapM_ print [1 .. 3 :: Int]
  when (sum [1 .. 3 :: Int] == 6) $ exitWith (ExitFailure 3)
  putStrLn "not reached"
