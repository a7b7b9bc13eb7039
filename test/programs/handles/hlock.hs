-- GHC.IO.Handle.Lock: open file description locks on file Handles
-- (hLock, hTryLock, hUnlock), and their errors: an exclusive lock needs a
-- descriptor open for writing, a closed Handle has none.
import Control.Exception
import GHC.IO.Handle.Lock
import System.IO

try' :: IO a -> IO (Either IOException a)
try' = try

main :: IO ()
main = do
  writeFile "lock.txt" "hello\n"
  h <- openFile "lock.txt" ReadWriteMode
  hLock h ExclusiveLock
  putStrLn "locked exclusively"
  hTryLock h SharedLock >>= print
  hUnlock h
  hTryLock h ExclusiveLock >>= print
  hUnlock h
  hUnlock h
  hPutStrLn h "more"
  hClose h
  try' (hUnlock h) >>= print
  r1 <- openFile "lock.txt" ReadMode
  r2 <- openFile "lock.txt" ReadMode
  hLock r1 SharedLock
  try' (hTryLock r2 SharedLock) >>= print
  try' (hTryLock r2 ExclusiveLock) >>= print
  try' (hLock r2 ExclusiveLock) >>= print
  hGetLine r1 >>= putStrLn
  hClose r1
  try' (hLock r1 SharedLock) >>= print
  try' (hTryLock r1 ExclusiveLock) >>= print
  hGetContents r2 >>= putStr
  try' (hTryLock r2 SharedLock) >>= print
  hClose r2
  withFile "lock.txt" AppendMode $ \a -> do
    hTryLock a ExclusiveLock >>= print
    hPutStrLn a "appended under the lock"
  readFile "lock.txt" >>= putStr
  print FileLockingNotSupported
  r <- try (throwIO FileLockingNotSupported)
  case r of
    Left e -> putStrLn ("caught: " ++ show (e :: FileLockingNotSupported))
    Right () -> putStrLn "no exception"
