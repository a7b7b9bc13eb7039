-- getTerminalAttributes on a standard input that is no terminal, uncaught:
-- the program ends with GHC's IOError text and exit code 1.
import System.Posix.IO (stdInput)
import System.Posix.Terminal

main :: IO ()
main = do
  putStrLn "before"
  a <- getTerminalAttributes stdInput
  print (terminalMode EnableEcho a)
