-- A child process started while stdout is redirected to a file writes to
-- that file (its fd 1 is the program's), past stdout's Handle buffer.
import GHC.IO.Handle (hDuplicate, hDuplicateTo)
import System.IO
import System.Process (callProcess)

main :: IO ()
main = do
  putStrLn "start"
  saved <- hDuplicate stdout
  h <- openFile "child.txt" WriteMode
  hDuplicateTo h stdout
  hClose h
  putStrLn "parent line 1 (buffered)"
  callProcess "echo" ["child line"]
  putStrLn "parent line 2"
  hDuplicateTo saved stdout
  callProcess "echo" ["child on the real stdout"]
  putStrLn "end"
  readFile "child.txt" >>= putStr
