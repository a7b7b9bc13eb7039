-- System.Process.Internals' pieces a program can reach: getCurrentPid (the
-- pid of the process running the program: compared with unix's
-- getProcessID, not printed), handles a program builds itself (a POSIX
-- OpenExtHandle: Nothing for getPid, ExitSuccess when waited for, GHC's
-- error from terminateProcess and cleanupProcess), interruptProcessGroupOf
-- of handles with no running child, the record selectors' failures, and
-- the fork lock runInteractiveProcess_lock.
import Control.Concurrent.MVar
import Control.Exception
import System.Exit
import System.Posix.Process (getProcessID)
import System.Process
import System.Process.Internals

kind :: ProcessHandle__ -> String
kind h = case h of
  OpenHandle _ -> "open"
  OpenExtHandle a b -> "ext " ++ show (a, b)
  ClosedHandle e -> "closed " ++ show e

tryS :: IO a -> IO (Either String a)
tryS io = either (\e -> Left (show (e :: SomeException))) Right <$> try io

main :: IO ()
main = do
  p <- getCurrentPid
  q <- getProcessID
  print (p == q, p > 0)
  m <- newMVar (OpenExtHandle 7 9)
  l <- newMVar ()
  let ph = ProcessHandle m True l
  getPid ph >>= print
  tryS (terminateProcess ph) >>= print
  tryS (cleanupProcess (Nothing, Nothing, Nothing, ph)) >>= print
  interruptProcessGroupOf ph
  getProcessExitCode ph >>= print
  readMVar m >>= putStrLn . kind
  waitForProcess ph >>= print
  m2 <- newMVar (OpenExtHandle 1 2)
  waitForProcess (ProcessHandle m2 False l) >>= print
  readMVar m2 >>= putStrLn . kind
  m3 <- newMVar (ClosedHandle (ExitFailure 3))
  let ph3 = ProcessHandle m3 False l
  interruptProcessGroupOf ph3
  terminateProcess ph3
  cleanupProcess (Nothing, Nothing, Nothing, ph3)
  waitForProcess ph3 >>= print
  print (phdlProcessHandle (OpenExtHandle 4 5), phdlJobHandle (OpenExtHandle 4 5))
  tryS (evaluate (phdlJobHandle (OpenHandle 4))) >>= print
  tryS (evaluate (phdlProcessHandle (ClosedHandle ExitSuccess))) >>= print
  withMVar runInteractiveProcess_lock (\() -> putStrLn "lock taken")
  (_, _, _, ph4) <- createProcess (shell "exit 4")
  waitForProcess ph4 >>= print
  interruptProcessGroupOf ph4
  putStrLn "done"
