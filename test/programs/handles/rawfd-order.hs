-- Raw writes to fd 1 and 2 (c_write, fdWrite-like) against stdout's Handle
-- buffer: GHC's raw write lands before what the buffer still holds.
import Foreign.C.String (withCAStringLen)
import Foreign.Ptr (castPtr)
import System.IO
import System.Posix.Internals (c_write)

raw :: Int -> String -> IO ()
raw fd s = withCAStringLen s $ \(p, n) -> do
  _ <- c_write (fromIntegral fd) (castPtr p) (fromIntegral n)
  return ()

main :: IO ()
main = do
  putStrLn "buffered 1"
  raw 1 "raw A\n"
  putStr "buffered 2, "
  hFlush stdout
  raw 1 "raw B after flush\n"
  putStrLn "buffered 3"
  hSetBuffering stdout LineBuffering
  putStrLn "line buffered 4"
  raw 1 "raw C\n"
  putStr "no newline yet "
  raw 1 "raw D\n"
  putStrLn "end of line"
  hSetBuffering stdout NoBuffering
  putStr "unbuffered "
  raw 1 "raw E\n"
  raw 2 "to stderr\n"
  hPutStrLn stderr "stderr handle"
  putStrLn "last"
