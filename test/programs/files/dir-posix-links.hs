-- System.Directory.Internal's POSIX layer: createSymbolicLink (the directory flag unused),
-- removePathInternal (unlink or rmdir) and their errors, getAppUserDataDirectoryInternal.
import Control.Exception
import System.Directory
import System.Directory.Internal
import System.Environment
import System.IO.Error

attempt :: IO () -> IO ()
attempt act = do
  r <- try act
  putStrLn (either (\e -> show (e :: IOException) ++ " " ++ show (ioeGetFileName e, isDoesNotExistError e)) (const "ok") r)

main :: IO ()
main = do
  writeFile "f.txt" "x"
  createDirectory "d"
  attempt (createSymbolicLink False "f.txt" "l1")
  attempt (createSymbolicLink True "d" "l2")
  attempt (createSymbolicLink False "f.txt" "l1")
  readFile "l1" >>= putStrLn
  doesDirectoryExist "l2" >>= print
  attempt (removePathInternal False "l1")
  attempt (removePathInternal False "l2")
  attempt (removePathInternal False "f.txt")
  attempt (removePathInternal False "f.txt")
  attempt (removePathInternal True "f.txt")
  attempt (removePathInternal True "d")
  attempt (removePathInternal True "d")
  doesPathExist "d" >>= print
  writeFile "f2.txt" "y"
  createDirectory "d2"
  attempt (removePathInternal True "f2.txt")
  attempt (removePathInternal False "d2")
  attempt (removePathInternal False "f2.txt")
  attempt (removePathInternal True "d2")
  setEnv "HOME" "/home/someone"
  getAppUserDataDirectoryInternal "app" >>= print
  getAppUserDataDirectoryInternal "" >>= print
  setEnv "HOME" "/h/"
  getAppUserDataDirectoryInternal "x/y" >>= print
