-- handle queries (hIsOpen .. hShow, positions, newline mode, echo), temporary
-- files, environment, fixIO, hGetBuf* variants, directory extras
import System.IO
import System.IO.Error
import System.Environment
import System.CPUTime
import System.Directory
import System.FilePath
import System.Exit
import Control.Exception
import Control.Monad
import Foreign.Marshal.Alloc
import Data.IORef
main :: IO ()
main = do
  writeFile "a.txt" "line1\nline2\n"
  appendFile "a.txt" "line3\n"
  withFile "a.txt" ReadMode $ \h -> do
    print =<< hIsOpen h
    print =<< hIsClosed h
    print =<< hIsReadable h
    print =<< hIsWritable h
    print =<< hIsSeekable h
    print =<< hIsTerminalDevice h
    print =<< hReady h
    print =<< hWaitForInput h 0
    p <- hGetPosn h
    l <- hGetLine h
    hSetPosn p
    l' <- hGetLine h
    print (l, l', show p)
    print =<< hShow h
    hSetNewlineMode h universalNewlineMode
    print =<< hGetEcho h `catch` (\e -> print (e :: IOException) >> pure False)
  (fp, h) <- openTempFile "." "tmp.txt"
  hPutStr h "x"
  hClose h
  removeFile fp
  (fp2, h2) <- openBinaryTempFile "." "b.bin"
  hClose h2
  removeFile fp2
  unsetEnv "FOO"
  lookupEnv "FOO" >>= print
  setEnv "FOO" "1"
  getEnv "FOO" >>= print
  x <- fixIO (\x -> pure (1 : take 3 x))
  print (x :: [Int])
  buf <- mallocBytes 4
  withFile "a.txt" ReadMode $ \h3 -> hGetBufNonBlocking h3 buf 4 >>= print
  withFile "a.txt" ReadMode $ \h3 -> hGetBufSome h3 buf 4 >>= print
  withFile "b.txt" WriteMode $ \h3 -> hPutBufNonBlocking h3 buf 4 >>= print
  free buf
  print =<< doesFileExist "b.txt"
  findExecutable "sh" >>= print . fmap takeFileName
  copyFileWithMetadata "a.txt" "c.txt"
  getFileSize "c.txt" >>= print
  getPermissions "c.txt" >>= print
  _ <- getAppUserDataDirectory "x"
  print =<< makeRelativeToCurrentDirectory "a.txt"
  print (isValid "a/b", makeValid "", normalise "a//b/./c", splitDirectories "/a/b", joinPath ["a","b"])
  mapM_ removeFile ["a.txt", "b.txt", "c.txt"]
