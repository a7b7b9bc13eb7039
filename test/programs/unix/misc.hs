-- unix: ProcessStatus's instances, System.Posix.Error, queryTerminal on a
-- file, FileStatus of a descriptor, modes and PathVar-free odds and ends.
import Control.Exception (IOException, try)
import Foreign.C.Types (CInt)
import System.Exit (ExitCode (..))
import System.Posix.Error (throwErrnoPathIfMinus1Retry_, throwErrnoPathIfMinus1Retry)
import System.Posix.Files
import System.Posix.IO
import System.Posix.Process
import System.Posix.Terminal (queryTerminal)
import System.Posix.Types
import Foreign.C.Error (Errno (..), eNOENT, resetErrno)
import Foreign.C.Error (throwErrno)

main :: IO ()
main = do
  let ss = [Exited ExitSuccess, Exited (ExitFailure 3), Terminated 9 False, Terminated 11 True, Stopped 19]
  mapM_ print ss
  print (maximum ss, minimum ss, Exited ExitSuccess == Exited ExitSuccess)
  print (showsPrec 11 (Terminated 15 True) "")
  writeFile "f" "12345"
  fd <- openFd "f" ReadOnly Nothing defaultFileFlags
  queryTerminal fd >>= print
  st <- getFdStatus fd
  print (fileSize st, isRegularFile st, isDirectory st, isNamedPipe st, isSocket st, isCharacterDevice st, isBlockDevice st)
  setFdSize (Fd 99) 0 `seq` return ()
  closeFd fd
  fdw <- openFd "f" ReadWrite Nothing defaultFileFlags
  setFdSize fdw 2
  closeFd fdw
  readFile "f" >>= putStrLn
  r <- try (throwErrnoPathIfMinus1Retry_ "myCall" "some/path" (return (-1 :: CInt)))
  print (r :: Either IOException ())
  n <- throwErrnoPathIfMinus1Retry "myCall" "p" (return (7 :: CInt))
  print n
  r2 <- try (getFdStatus (Fd 77))
  putStrLn (either (\e -> show (e :: IOException)) (const "ok") r2)
  print (Fd 3, CMode 0o644, CUid 0, CGid 0, COff 12, CPid 1)
