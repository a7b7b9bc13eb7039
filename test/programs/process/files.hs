-- Children that write files in the working directory; the program reads
-- them back; an exit code from a child ends the program.
import System.Exit
import System.Process

main :: IO ()
main = do
  callCommand "echo hello > out.txt; echo more >> out.txt"
  readFile "out.txt" >>= putStr
  writeFile "in.txt" "b\na\nc\n"
  s <- readProcess "sh" ["-c", "cat in.txt | wc -l"] ""
  putStr (filter (/= ' ') s)
  callProcess "sh" ["-c", "cat in.txt > copy.txt"]
  readFile "copy.txt" >>= putStr
  ec <- system "test -f copy.txt && exit 3"
  putStrLn ("exiting with " ++ show ec)
  exitWith ec
