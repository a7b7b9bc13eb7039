-- threadWaitRead/threadWaitWrite and their STM forms without -threaded:
-- open descriptors (the standard streams, a file) are ready at once; a
-- descriptor that is not open fails with the RTS's awaitEvent error.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Exception
import GHC.IO.Handle.FD (handleToFd)
import qualified GHC.IO.FD as FD
import System.Directory (removeFile)
import System.IO
import System.Posix.Types (Fd (..))

main :: IO ()
main = do
  threadWaitWrite (Fd 1)
  putStrLn "stdout writable"
  threadWaitRead (Fd 0)
  l <- getLine
  putStrLn ("stdin readable: " ++ l)
  writeFile "thread-wait.tmp" "hello\n"
  h <- openFile "thread-wait.tmp" ReadMode
  fd <- handleToFd h
  threadWaitRead (Fd (FD.fdFD fd))
  putStrLn "file readable"
  threadWaitWrite (Fd (FD.fdFD fd))
  putStrLn "file writable"
  (stm, cancel) <- threadWaitReadSTM (Fd 0)
  atomically stm
  putStrLn "stm: stdin ready"
  cancel
  (stm2, _) <- threadWaitWriteSTM (Fd 2)
  atomically stm2
  putStrLn "stm: stderr ready"
  r <- try (threadWaitRead (Fd 99))
  print (r :: Either IOException ())
  r2 <- try (threadWaitWrite (Fd 200))
  print (r2 :: Either IOException ())
  hClose h
  removeFile "thread-wait.tmp"
  getLine >>= putStrLn
