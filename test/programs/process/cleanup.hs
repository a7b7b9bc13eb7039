-- cleanupProcess on a finished child (at -O1 a call of its worker
-- $wcleanupProcess with the ProcessHandle's fields apart): its pipes are
-- closed, its exit code stays; twice is harmless; Nothing handles too.
import System.IO
import System.Process

main :: IO ()
main = do
  (Nothing, Just o, Just e, ph) <-
    createProcess (shell "echo got it; echo err >&2; exit 3") {std_out = CreatePipe, std_err = CreatePipe}
  l <- hGetLine o
  putStrLn l
  ec <- waitForProcess ph
  print ec
  cleanupProcess (Nothing, Just o, Just e, ph)
  mapM hIsClosed [o, e] >>= print
  getProcessExitCode ph >>= print
  cleanupProcess (Nothing, Just o, Just e, ph)
  (n1, n2, n3, ph2) <- createProcess (proc "true" [])
  waitForProcess ph2 >>= print
  cleanupProcess (n1, n2, n3, ph2)
  print (fmap (const ()) n1, fmap (const ()) n2, fmap (const ()) n3)
