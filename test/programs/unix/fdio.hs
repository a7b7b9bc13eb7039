-- unix: descriptors: openFd/fdWrite/fdRead/fdSeek/closeFd on a file in
-- the sandbox, a pipe written then read, dup/dupTo, fdToHandle, errors.
import Control.Exception (IOException, try)
import System.IO
import System.Posix.IO
import System.Posix.Types
import System.Posix.Files (fileSize, getFdStatus, isRegularFile)

main :: IO ()
main = do
  fd <- openFd "data.txt" ReadWrite (Just 0o644) defaultFileFlags
  print fd
  n <- fdWrite fd "line one\nline two\n"
  print n
  off <- fdSeek fd AbsoluteSeek 5
  print off
  (s, k) <- fdRead fd 3
  print (s, k)
  fdSeek fd SeekFromEnd 0 >>= print
  st <- getFdStatus fd
  print (fileSize st, isRegularFile st)
  r <- try (fdRead fd 10)
  print (r :: Either IOException (String, ByteCount))
  fd2 <- dup fd
  print fd2
  fdSeek fd2 AbsoluteSeek 0 >>= print
  fdRead fd 4 >>= print
  closeFd fd2
  closeFd fd
  r2 <- try (closeFd fd)
  print (r2 :: Either IOException ())
  r3 <- try (openFd "absent.txt" ReadOnly Nothing defaultFileFlags)
  print (r3 :: Either IOException Fd)
  r4 <- try (openFd "data.txt" ReadOnly (Just 0o600) defaultFileFlags {exclusive = True})
  print (r4 :: Either IOException Fd)
  -- a pipe: what is written comes out, then the end of the file
  (rd, wr) <- createPipe
  print (rd, wr)
  _ <- fdWrite wr "through the pipe"
  fdRead rd 7 >>= print
  fdRead rd 100 >>= print
  closeFd wr
  r5 <- try (fdRead rd 10)
  print (r5 :: Either IOException (String, ByteCount))
  closeFd rd
  -- a descriptor as a Handle
  fd3 <- openFd "data.txt" ReadOnly Nothing defaultFileFlags
  h <- fdToHandle fd3
  hGetLine h >>= putStrLn
  hGetLine h >>= putStrLn
  hClose h
  fd4 <- createFile "new.txt" 0o600
  _ <- fdWrite fd4 "created\n"
  closeFd fd4
  readFile "new.txt" >>= putStr
  fd5 <- openFd "new.txt" WriteOnly Nothing defaultFileFlags {append = True}
  _ <- fdWrite fd5 "appended\n"
  fd6 <- dupTo fd5 (Fd 9)
  print fd6
  _ <- fdWrite fd6 "via 9\n"
  closeFd fd5
  closeFd fd6
  readFile "new.txt" >>= putStr
  fd7 <- openFd "new.txt" WriteOnly Nothing defaultFileFlags {trunc = True}
  closeFd fd7
  readFile "new.txt" >>= print
  print (stdInput, stdOutput, stdError)
  r6 <- try (fdWrite (Fd 42) "x")
  print (r6 :: Either IOException ByteCount)
