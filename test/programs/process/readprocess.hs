-- readProcess and friends: the child's stdout as a String, its input given
import System.Exit
import System.Process

main :: IO ()
main = do
  s <- readProcess "tr" ["a-z", "A-Z"] "hello, world\n"
  putStr s
  n <- readProcess "wc" ["-l"] (unlines (map show [1 .. 500 :: Int]))
  putStrLn ("lines: " ++ filter (/= ' ') n)
  e <- readProcess "echo" ["one", "two words", ""] ""
  print e
  c <- readProcess "cat" [] (concatMap (\i -> show i ++ " λ→\n") [1 .. 3 :: Int])
  putStr c
  big <- readProcess "cat" [] (replicate 100000 'x')
  print (length big)
  r <- readProcessWithExitCode "sh" ["-c", "echo out; echo err >&2; exit 4"] ""
  print r
  r2 <- readProcessWithExitCode "cat" [] "input\n"
  print r2
  r3 <- readCreateProcessWithExitCode (shell "kill -15 $$") ""
  print r3
  s2 <- readCreateProcess (shell "echo $GREETING; pwd | wc -c | tr -d ' \\n' >/dev/null") {env = Just [("GREETING", "hi there")]} ""
  putStr s2
  s3 <- readCreateProcess (proc "cat" []) {cwd = Just "."} "from cwd\n"
  putStr s3
  s4 <- readCreateProcess (shell "echo to stderr >&2; echo to stdout") ""
  putStr s4
  ec <- system "exit 0"
  print (ec == ExitSuccess)
