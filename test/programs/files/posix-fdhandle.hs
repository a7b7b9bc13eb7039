-- GHC.IO.FD and Handles made from descriptors: FD.openFile and its lock,
-- the FD's IODevice/RawIO methods, fdToHandle/fdToHandle'/handleToFd/
-- mkHandleFromFD, and the encoding setters (setLocaleEncoding applies to
-- the Handles opened afterwards).
import Control.Exception
import Data.Bits
import Foreign.C.String
import Foreign.Marshal.Alloc
import Foreign.Ptr
import qualified GHC.IO.Device as Dev
import GHC.IO.Encoding
import qualified GHC.IO.FD as FD
import GHC.IO.Handle.FD (fdToHandle, fdToHandle', handleToFd, mkHandleFromFD)
import System.IO
import System.Posix.Internals (c_open, o_CREAT, o_RDWR, o_TRUNC, withFilePath)

main :: IO ()
main = do
  getLocaleEncoding >>= print
  getFileSystemEncoding >>= print
  getForeignEncoding >>= print
  -- GHC.IO.FD
  (fd, ty) <- FD.openFile "posix-fd.txt" WriteMode False
  print (fd, ty == Dev.RegularFile, FD.fdIsNonBlocking fd)
  r <- try (FD.openFile "posix-fd.txt" ReadMode False)
  print (either (\e -> Left (show (e :: IOException))) (const (Right ())) r)
  withCStringLen "abcdefghij" $ \(p, n) -> Dev.write fd (castPtr p) 0 n
  Dev.isSeekable fd >>= print
  Dev.isTerminal fd >>= print
  Dev.getSize fd >>= print
  Dev.tell fd >>= print
  Dev.seek fd AbsoluteSeek 3 >>= print
  Dev.setSize fd 6
  Dev.getSize fd >>= print
  fd2 <- Dev.dup fd
  print fd2
  Dev.close fd
  Dev.close fd2
  (rfd, _) <- FD.openFile "posix-fd.txt" ReadMode False
  s <- allocaBytes 16 $ \p -> do
    n <- Dev.read rfd p 0 16
    peekCAStringLen (castPtr p, n)
  print s
  Dev.devType rfd >>= \t -> print (t == Dev.RegularFile)
  r2 <- try (FD.openFile "." ReadMode False)
  print (either (\e -> Left (show (e :: IOException))) (const (Right ())) r2)
  r3 <- try (FD.openFile "posix-missing/x" ReadMode False)
  print (either (\e -> Left (show (e :: IOException))) (const (Right ())) r3)
  Dev.close rfd
  print (FD.stdin, FD.stdout, FD.stderr)
  -- Handles over descriptors
  n <- withFilePath "posix-h.txt" $ \p -> c_open p (o_RDWR .|. o_CREAT .|. o_TRUNC) 0o644
  h <- fdToHandle n
  print h
  hGetEncoding h >>= print
  hPutStr h "line one\nline two\n"
  FD.FD k _ <- handleToFd h
  print (k == n)
  hSeek h AbsoluteSeek 0
  hGetLine h >>= print
  hClose h
  readFile "posix-h.txt" >>= putStr
  (fd3, ty3) <- FD.openFile "posix-h.txt" AppendMode False
  h3 <- mkHandleFromFD fd3 ty3 "my-handle" AppendMode False (Just utf8)
  print h3
  hGetEncoding h3 >>= print
  hPutStrLn h3 "caf\233"
  hClose h3
  (fd4, _) <- FD.openFile "posix-h.txt" ReadMode False
  h4 <- fdToHandle' (FD.fdFD fd4) (Just Dev.RegularFile) False "fd4" ReadMode False
  hGetContents h4 >>= putStr
  hClose h4
  -- encodings
  setLocaleEncoding latin1
  getLocaleEncoding >>= print
  h5 <- openFile "posix-e.txt" WriteMode
  hGetEncoding h5 >>= print
  hPutStr h5 "\233t\233"
  hClose h5
  withBinaryFile "posix-e.txt" ReadMode hFileSize >>= print
  setLocaleEncoding utf8
  r4 <- try (readFile "posix-e.txt" >>= evaluate . length)
  print (either (\e -> Left (show (e :: IOException))) Right r4)
  setFileSystemEncoding latin1
  setForeignEncoding char8
  getFileSystemEncoding >>= print
  getForeignEncoding >>= print
