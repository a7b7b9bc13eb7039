-- Running other programs as scripts do: readProcess and
-- readCreateProcess(WithExitCode) with input, shell commands and pipes,
-- exit codes (callProcess/callCommand failures), the deprecated
-- runCommand/runProcess, spawn and wait, the handle after the wait
-- (getProcessExitCode, getPid, terminateProcess), cleanupProcess, and
-- CreateProcess/CmdSpec/StdStream values. (Pipes into a running child are
-- not supported: hs2stg's children run to completion when they start.)
import Control.Exception
import Control.Monad
import System.Exit
import System.IO
import System.Process

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  out <- readProcess "tr" ["a-z", "A-Z"] "hello process\n"
  putStr out
  (ec, o, e) <- readProcessWithExitCode "sh" ["-c", "echo out; echo err >&2; exit 3"] ""
  print (ec, o, e)
  (ec2, o2, e2) <- readCreateProcessWithExitCode (shell "cat; echo done") "from stdin\n"
  print (ec2, o2, e2)
  o3 <- readCreateProcess ((proc "sh" ["-c", "pwd >/dev/null; echo $FOO"]) {env = Just [("FOO", "bar")]}) ""
  putStr o3
  o4 <- readCreateProcess (shell "ls") {cwd = Just "sub"} "" `catch` \e -> return ("cwd failed: " ++ show (ioeKind e) ++ "\n")
  putStr o4
  r <- try (readProcess "sh" ["-c", "exit 7"] "")
  print (either (\e -> "readProcess: " ++ show (e :: IOException)) id r)
  r2 <- try (callProcess "false" [])
  print (either (\e -> "callProcess: " ++ show (e :: IOException)) show r2)
  r3 <- try (callCommand "exit 4")
  print (either (\e -> "callCommand: " ++ show (e :: IOException)) show r3)
  callCommand "echo called command"
  callProcess "echo" ["called", "process"]
  s1 <- system "echo via system; exit 2"
  s2 <- rawSystem "sh" ["-c", "exit 0"]
  print (s1, s2)
  -- pipes from the children's output
  withCreateProcess (shell "echo one two three") {std_out = CreatePipe} $ \_ (Just h) _ p -> do
    l <- hGetLine h
    c <- waitForProcess p
    print (words l, c)
  (_, Just h1, _, p1) <- createProcess (shell "printf 'x\\ny\\nx\\n' | sort | uniq -c") {std_out = CreatePipe}
  hGetContents h1 >>= putStr . unlines . map (unwords . words) . lines
  waitForProcess p1 >>= print
  (_, Just h2, Just h3, p2) <- createProcess (proc "sh" ["-c", "echo to-out; echo to-err >&2"]) {std_out = CreatePipe, std_err = CreatePipe}
  o2' <- hGetContents h2
  e2' <- hGetContents h3
  putStr (o2' ++ e2')
  waitForProcess p2 >>= print
  -- deprecated interfaces
  p7 <- runCommand "exit 5"
  waitForProcess p7 >>= print
  p8 <- runProcess "sh" ["-c", "exit 6"] Nothing Nothing Nothing Nothing Nothing
  waitForProcess p8 >>= print
  -- spawn, wait, and the handle afterwards
  p9 <- spawnProcess "sh" ["-c", "exit 9"]
  c9 <- waitForProcess p9
  print c9
  getProcessExitCode p9 >>= print
  getPid p9 >>= print
  terminateProcess p9
  waitForProcess p9 >>= print
  p10 <- spawnCommand "exit 0"
  waitForProcess p10 >>= print
  (a, b, c, p11) <- createProcess (shell "echo ignored") {std_out = CreatePipe}
  cleanupProcess (a, b, c, p11)
  print "cleaned up"
  -- values
  let cp = (proc "ls" ["-l"]) {cwd = Just "/", std_out = Inherit, std_err = NoStream, delegate_ctlc = True, new_session = True}
  print (cmdspec cp, cmdspec (shell "x"), cwd cp, env cp, close_fds cp, create_group cp, delegate_ctlc cp, detach_console cp, create_new_console cp, new_session cp, child_group cp, child_user cp, use_process_jobs cp)
  print (cmdspec cp == cmdspec cp, cmdspec cp /= ShellCommand "ls", RawCommand "a" [] == RawCommand "a" [], std_out cp == Inherit, std_err cp /= NoStream, [Inherit, CreatePipe, NoStream])
  print (showsPrec 11 (RawCommand "x" ["y"]) "", showList [ShellCommand "s"] "", showsPrec 11 CreatePipe "", showList [NoStream] "")
  print (cp == cp, cp /= shell "ls", showCommandForUser "echo" ["a b", "it's"])
  putStrLn (take 60 (show cp))
  where
    ioeKind :: IOException -> String
    ioeKind = const "IOException"
