-- die writes to stderr and exits with 1.
import System.Exit
import System.IO

main :: IO ()
main = do
  putStrLn "out"
  hPutStrLn stderr "err line"
  die "fatal: giving up"
