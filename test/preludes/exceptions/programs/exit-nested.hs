-- exitWith deep inside mapM_ and a helper: the ExitCode exception ends the
-- program with its code, without output of its own.
import Control.Monad (forM_, when)
import System.Exit

check :: Int -> IO ()
check n = do
  print n
  when (n * n > 10) $ exitWith (ExitFailure (n + 40))

main :: IO ()
main = do
  forM_ [1 .. 10] check
  putStrLn "not reached"
