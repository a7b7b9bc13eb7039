-- sysconf (getSysVar: glibc's answers on Linux, the argument limit from the
-- stack limit; the child limit compared, not printed), the process group
-- (getProcessGroupID, getProcessGroupIDOf: /proc's, compared), and
-- fsync/fdatasync/fchmod of a descriptor (fileSynchronise,
-- fileSynchroniseDataOnly, setFdMode), then on a closed one (EBADF).
import System.Posix.Types (ProcessGroupID)
import Control.Exception
import System.Posix.Unistd
import System.Posix.Process
import System.Posix.Files
import System.Posix.IO
import System.Directory (removeFile)
main :: IO ()
main = do
  mapM_ (\(n, v) -> try (getSysVar v) >>= \r -> putStrLn (n ++ " " ++ show (r :: Either IOException Integer)))
    [("arg", ArgumentLimit), ("tick", ClockTick), ("groups", GroupLimit), ("posix", PosixVersion), ("saved", HasSavedIDs), ("job", HasJobControl)]
  c <- getSysVar ChildLimit
  print (c > 0)
  g <- getProcessGroupID
  p <- getProcessID
  g2 <- getProcessGroupIDOf p
  print (g > 0, g == g2)
  r <- try (getProcessGroupIDOf 999999999)
  print (r :: Either IOException ProcessGroupID)
  writeFile "sysv2-f" "data\n"
  fd <- openFd "sysv2-f" WriteOnly Nothing defaultFileFlags
  fileSynchronise fd
  fileSynchroniseDataOnly fd
  setFdMode fd 0o640
  closeFd fd
  getFileStatus "sysv2-f" >>= print . fileMode
  r2 <- try (fileSynchronise fd)
  print (r2 :: Either IOException ())
  r3 <- try (setFdMode fd 0o600)
  print (r3 :: Either IOException ())
  removeFile "sysv2-f"
