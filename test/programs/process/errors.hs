-- GHC's errors: a child that fails, a program that does not exist, and one
-- left uncaught (exit 1, the message on stderr).
import Control.Exception
import System.Exit
import System.Process

try' :: Show a => IO a -> IO ()
try' io = do
  r <- try io
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: IOException))
    Right x -> putStrLn ("ok: " ++ show x)

-- a child that SIGINT ended: system and friends (delegate_ctlc) raise
-- UserInterrupt, the others give ExitFailure (-2)
interrupted :: Show a => IO a -> IO ()
interrupted io = do
  r <- try io
  case r of
    Left e -> putStrLn ("interrupted: " ++ show (e :: AsyncException))
    Right x -> putStrLn ("ok: " ++ show x)

main :: IO ()
main = do
  try' (readProcess "false" [] "")
  try' (readProcess "sh" ["-c", "exit 7", "a b", "c\"d"] "")
  try' (readCreateProcess (shell "exit 2") "")
  try' (callProcess "false" ["x"])
  try' (callCommand "exit 3")
  try' (readProcess "no-such-program-hs2stg" ["a"] "")
  try' (readProcessWithExitCode "no-such-program-hs2stg" [] "")
  try' (rawSystem "no-such-program-hs2stg" [])
  try' (spawnProcess "no-such-program-hs2stg" [] >>= waitForProcess)
  try' (callProcess "no-such-program-hs2stg" [])
  try' (createProcess (proc "no-such-program-hs2stg" []) >> return ())
  try' (readCreateProcess (proc "cat" []) {cwd = Just "no-such-dir"} "")
  try' (readCreateProcess (proc "no-such-program-hs2stg" []) {cwd = Just "."} "")
  try' (system "")
  try' (system "kill -9 $$")
  try' (system "no-such-program-hs2stg 2>/dev/null")
  try' (readProcessWithExitCode "sh" ["-c", "exit 300"] "")
  interrupted (system "kill -INT $$")
  interrupted (rawSystem "sh" ["-c", "kill -INT $$"])
  interrupted (createProcess (shell "kill -INT $$") >>= \(_, _, _, p) -> waitForProcess p)
  interrupted (readProcessWithExitCode "sh" ["-c", "kill -INT $$"] "")
  _ <- readProcess "sh" ["-c", "echo partial; exit 5"] ""
  putStrLn "not reached"
