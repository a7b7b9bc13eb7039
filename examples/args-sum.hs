-- Sum the integer arguments; exit with code 2 when there are none.
import System.Environment (getArgs)
import System.Exit

main :: IO ()
main = do
  args <- getArgs
  if null args
    then do
      putStrLn "usage: args-sum N..."
      exitWith (ExitFailure 2)
    else do
      let ns = map read args :: [Integer]
      putStrLn ("sum = " ++ show (sum ns))
      putStrLn ("product = " ++ show (product ns))
