-- canonicalizePath against symbolic links (in a directory the program makes
-- and removes; the results relative to it): a prefix that resolves, the
-- rest appended as written, dangling links in the rest followed (a loop
-- left as it was after 64 tries), and System.Directory.Internal's realpath
-- pieces: canonicalizePathWith, withRealpath, c_realpath (into a buffer;
-- the null pointer and errno for a missing path), c_free.
import Control.Exception
import Foreign.C.Error (getErrno, Errno (..))
import Foreign.C.String
import Foreign.Marshal.Alloc (allocaBytes, mallocBytes)
import Foreign.Ptr (nullPtr)
import System.Directory
import System.Directory.Internal (c_free, c_realpath, canonicalizePathWith, withRealpath)

main :: IO ()
main = do
  let d = "canon-sandbox"
  removePathForcibly d
  createDirectory d
  createDirectory (d ++ "/real")
  writeFile (d ++ "/real/f") "x"
  createFileLink "real" (d ++ "/lnk")
  createFileLink "missing/deeper" (d ++ "/dangling")
  createFileLink "loop2" (d ++ "/loop1")
  createFileLink "loop1" (d ++ "/loop2")
  createFileLink "real/../nowhere/x" (d ++ "/dang2")
  base <- canonicalizePath d
  let rel p = drop (length base) p
  mapM_
    ( \p -> do
        r <- try (canonicalizePath (d ++ p))
        putStrLn (p ++ " -> " ++ either (\e -> "error " ++ show (e :: IOException)) rel r)
    )
    ["", "/", "/real/f", "/lnk/f", "/lnk/../lnk/./f/", "/nope/a/b", "/dangling", "/dangling/more/", "/loop1", "/loop1/x", "/dang2/y", "/lnk/nope/../f", "//real//f", "/real/f/x"]
  r1 <- canonicalizePathWith (\realpath p -> realpath p) (base ++ "/lnk/f")
  putStrLn (rel r1)
  r2 <- try (canonicalizePathWith (\realpath p -> realpath p) (base ++ "/nope"))
  print (either (\e -> Left (show (e :: IOException))) (Right . rel) r2)
  r3 <- canonicalizePathWith (\realpath p -> fmap reverse (realpath p)) (base ++ "/lnk")
  putStrLn (reverse (rel (reverse r3)))
  withCString (d ++ "/lnk") $ \c -> withRealpath c peekCString >>= putStrLn . rel
  r4 <- try (withCString (d ++ "/dangling") $ \c -> withRealpath c peekCString)
  print (either (\e -> Left (show (e :: IOException))) Right r4)
  allocaBytes 4097 $ \buf -> do
    p <- withCString (d ++ "/lnk/../lnk/f") $ \c -> c_realpath c buf
    print (p == buf)
    peekCString p >>= putStrLn . rel
    q <- withCString (d ++ "/dangling") $ \c -> c_realpath c buf
    Errno e <- getErrno
    print (q == nullPtr, e)
  mallocBytes 16 >>= c_free
  removePathForcibly d
