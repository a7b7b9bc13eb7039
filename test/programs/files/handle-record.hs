-- GHC's Handle representation: FileHandle path (MVar Handle__), Eq by the
-- MVar, a Handle__ with GHC's fields given to GHC.IO.Handle.Internals'
-- wrappers (read here through the field selectors, which -O1 inlines as a
-- case on the record), HandleType's Show, and withHandle_'s augmentation.
import Control.Exception
import GHC.IO.Handle.Internals
import GHC.IO.Handle.Types
import System.IO

probe :: String -> Handle -> IO ()
probe what h = do
  -- the record is read under the handle's lock: printing waits until after
  line <- withHandle_ "probe" h $ \h_ -> return $!! (what ++ ": " ++ show (haType h_) ++ ", " ++ show (haBufferMode h_)
    ++ ", " ++ show (haInputNL h_, haOutputNL h_)
    ++ ", readable " ++ show (isReadableHandleType (haType h_))
    ++ ", writable " ++ show (isWritableHandleType (haType h_))
    ++ ", append " ++ show (isAppendHandleType (haType h_))
    ++ ", read-write " ++ show (isReadWriteHandleType (haType h_))
    ++ maybe ", no other side" (const ", duplex") (haOtherSide h_))
  putStrLn line

($!!) :: (String -> IO String) -> String -> IO String
f $!! s = length s `seq` f s
infixr 0 $!!

main :: IO ()
main = do
  print (stdout == stdout, stdin == stdout, stderr == stderr)
  print [stdin, stdout, stderr]
  h <- openFile "rec.txt" WriteMode
  h2 <- openFile "other.txt" AppendMode
  print (h == h, h == h2, h == stdout, [h, h2])
  probe "new" h
  hSetBuffering h LineBuffering
  hSetNewlineMode h (NewlineMode CRLF CRLF)
  probe "line, CRLF" h
  hSetBuffering h (BlockBuffering (Just 64))
  hSetNewlineMode h noNewlineTranslation
  probe "block 64" h
  probe "append" h2
  hPutStrLn h "one"
  hPutStrLn h "two"
  hClose h
  probe "closed" h
  r1 <- try (withHandle_ "myop" h (\_ -> ioe_closedHandle)) :: IO (Either IOException ())
  print r1
  r2 <- try (withHandle_ "myop2" stdin (\_ -> ioe_EOF)) :: IO (Either IOException ())
  print r2
  r3 <- try (wantReadableHandle_ "rd" h2 (\_ -> return ())) :: IO (Either IOException ())
  print r3
  r4 <- try (wantWritableHandle "wr" h (\_ -> return ())) :: IO (Either IOException ())
  print r4
  r5 <- try (withHandle_ "sem" h2 (\_ -> ioe_semiclosedHandle)) :: IO (Either IOException ())
  print r5
  r6 <- try (withHandle_ "nr" h2 (\_ -> ioe_notReadable >> ioe_notWritable)) :: IO (Either IOException ())
  print r6
  hClose h2
  rw <- openFile "rec.txt" ReadWriteMode
  probe "read-write" rw
  hClose rw
  fh <- openFile "rec.txt" ReadMode
  probe "read" fh
  s <- hGetContents fh
  probe "contents" fh
  putStr s
  probe "read to the end" fh
  probe "stdin" stdin
  probe "stdout" stdout
  probe "stderr" stderr
  print [ClosedHandle, SemiClosedHandle, ReadHandle, WriteHandle, AppendHandle, ReadWriteHandle]
