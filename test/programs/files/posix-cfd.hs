-- System.Posix.Internals' C calls on file descriptors: open/read/write/
-- lseek/close, dup/dup2, fstat/stat and the stat accessors, errno.
import Control.Exception
import Control.Monad
import Data.Bits
import Foreign.C.Error
import Foreign.C.String
import Foreign.C.Types
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Ptr
import System.Posix.Internals
import System.IO
import GHC.IO.Device (IODeviceType (..))

writeStr :: CInt -> String -> IO CInt
writeStr fd s = withCAStringLen s $ \(p, n) -> fromIntegral <$> c_write fd (castPtr p) (fromIntegral n)

readStr :: CInt -> Int -> IO String
readStr fd n = allocaBytes n $ \p -> do
  got <- c_read fd p (fromIntegral n)
  if got < 0 then return ("<error " ++ show got ++ ">") else peekCAStringLen (castPtr p, fromIntegral got)

main :: IO ()
main = do
  print (o_RDONLY, o_WRONLY, o_RDWR, o_APPEND, o_CREAT, o_EXCL, o_TRUNC, o_NOCTTY, o_NONBLOCK, o_BINARY)
  print (sEEK_SET, sEEK_CUR, sEEK_END, dEFAULT_BUFFER_SIZE, sizeof_stat, sizeof_termios, sizeof_sigset_t)
  print (const_echo, const_icanon, const_vmin, const_vtime, const_tcsanow, const_sigttou)
  print (const_f_getfl, const_f_setfl, const_f_setfd, const_fd_cloexec, const_sig_block, const_sig_setmask)
  fd <- withFilePath "posix-a.txt" $ \p -> c_open p (o_RDWR .|. o_CREAT .|. o_TRUNC) 0o644
  print fd
  writeStr fd "hello, world\n" >>= print
  c_lseek fd 0 sEEK_SET >>= print
  readStr fd 5 >>= print
  c_lseek fd 2 sEEK_CUR >>= print
  readStr fd 100 >>= print
  readStr fd 100 >>= print
  c_lseek fd (-3) sEEK_END >>= print
  readStr fd 100 >>= print
  fd2 <- c_dup fd
  print fd2
  c_lseek fd2 0 sEEK_SET >>= print
  readStr fd 4 >>= print
  fd3 <- c_dup2 fd 7
  print fd3
  c_close fd >>= print
  readStr fd3 3 >>= print
  c_ftruncate fd2 5 >>= print
  allocaBytes sizeof_stat $ \st -> do
    c_fstat fd2 st >>= print
    m <- st_mode st
    print (s_isreg m, s_isdir m, s_ischr m, s_isblk m, s_isfifo m, s_issock m, m .&. 0o777)
    st_size st >>= print
  fdFileSize fd2 >>= print
  fdType fd2 >>= \t -> print (t == RegularFile)
  fdGetMode fd2 >>= print
  c_close fd2 >>= print
  c_close fd3 >>= print
  -- errno
  r <- c_close 42
  e <- getErrno
  print (r, e == eBADF)
  r2 <- withFilePath "no-such-file" $ \p -> c_open p o_RDONLY 0
  e2 <- getErrno
  print (r2, e2 == eNOENT)
  r3 <- try (throwErrnoIfMinus1 "myop" (withFilePath "no-such-file" $ \p -> c_open p o_RDONLY 0))
  print (r3 :: Either IOException CInt)
  -- stat on paths, directories
  allocaBytes sizeof_stat $ \st -> do
    withFilePath "." $ \p -> c_stat p st >>= print
    st_mode st >>= \m -> print (s_isdir m, s_isreg m)
    withFilePath "posix-a.txt" $ \p -> lstat p st >>= print
    st_size st >>= print
  fileType "posix-a.txt" >>= \t -> print (t == RegularFile)
  fileType "." >>= \t -> print (t == Directory)
  try (fileType "missing") >>= \r4 -> print (either (Left . show) (const (Right ())) (r4 :: Either IOException IODeviceType))
  -- append mode, creat, access, unlink
  fa <- withFilePath "posix-a.txt" $ \p -> c_open p (o_WRONLY .|. o_APPEND) 0
  writeStr fa "APP\n" >>= print
  fdGetMode fa >>= print
  c_close fa >>= print
  fc <- withFilePath "posix-b.txt" $ \p -> c_creat p 0o600
  writeStr fc "bee" >>= print
  fdGetMode fc >>= print
  c_close fc >>= print
  withFilePath "posix-b.txt" (\p -> c_access p 4) >>= print
  withFilePath "posix-b.txt" (\p -> c_unlink p) >>= print
  withFilePath "posix-b.txt" (\p -> c_access p 0) >>= print
  getErrno >>= \e3 -> print (e3 == eNOENT)
  fr <- withFilePath "posix-a.txt" $ \p -> c_open p o_RDONLY 0
  readStr fr 100 >>= putStr
  writeStr fr "x" >>= print
  getErrno >>= \e4 -> print (e4 == eBADF)
  c_close fr >>= print
  -- the standard descriptors
  c_isatty 5 >>= print
  -- (stdout's Handle flushed first: a raw write goes around its buffer)
  hFlush stdout
  w1 <- writeStr 1 "raw to stdout\n"
  w2 <- writeStr 2 "raw to stderr\n"
  puts "puts line"
  print (w1, w2)
  withFilePath "posix-a.txt" c_unlink >>= print
  where
    _ = ()

