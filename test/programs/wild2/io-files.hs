{-# LANGUAGE ScopedTypeVariables #-}
-- File handling: withFile/hPutStr/hGetLine/hIsEOF, appendFile, readFile,
-- hSeek/hTell/hFileSize, binary mode, System.IO.Error predicates, and
-- temporary files via openTempFile (removed again).
module Main (main) where

import System.IO
import System.IO.Error
import Control.Exception
import Control.Monad
import System.Directory (removeFile)

readLines :: Handle -> IO [String]
readLines h = do
  eof <- hIsEOF h
  if eof then return [] else (:) <$> hGetLine h <*> readLines h

main :: IO ()
main = do
  withFile "notes.txt" WriteMode $ \h -> do
    hPutStrLn h "line one"
    hPutStr h "line two\nline three\n"
    hPrint h (42 :: Int, "tuple")
  appendFile "notes.txt" "appended\n"
  s <- readFile "notes.txt"
  length s `seq` putStr s
  ls <- withFile "notes.txt" ReadMode readLines
  print (length ls, map length ls)
  h <- openFile "notes.txt" ReadWriteMode
  size <- hFileSize h
  hSeek h AbsoluteSeek 5
  c <- hGetChar h
  pos <- hTell h
  hSeek h SeekFromEnd 0
  hPutStrLn h "at the end"
  hClose h
  print (size, c, pos)
  readFile "notes.txt" >>= putStr . unlines . drop 4 . lines
  r <- tryIOError (openFile "does-not-exist.txt" ReadMode)
  case r of
    Left e -> print (isDoesNotExistError e, isAlreadyInUseError e, ioeGetFileName e)
    Right _ -> putStrLn "unexpected"
  r2 <- try (readFile "missing/deeper.txt")
  case r2 of
    Left (e :: IOException) -> putStrLn ("caught: " ++ show (isDoesNotExistError e))
    Right _ -> return ()
  withBinaryFile "bytes.bin" WriteMode $ \hb -> hPutStr hb (map toEnum [0, 1, 254, 255])
  bs <- withBinaryFile "bytes.bin" ReadMode $ \hb -> do
    n <- hFileSize hb
    replicateM (fromIntegral n) (fromEnum <$> hGetChar hb)
  print bs
  (path, th) <- openTempFile "." "scratch.txt"
  hPutStrLn th "temporary"
  hClose th
  readFile path >>= putStr
  -- its name is random: removed, so the runs leave the same files
  removeFile path
  writeFile "notes.txt" "rewritten\n"
  readFile "notes.txt" >>= putStr
  catchIOError (ioError (userError "custom failure")) (\e -> putStrLn ("user error: " ++ ioeGetErrorString e))
  e3 <- try (evaluate (1 `div` (0 :: Int)))
  print (either (\(ex :: ArithException) -> show ex) show e3)
  hPutStrLn stderr "done (stderr)"
  print =<< hIsEOF stdin
  b <- hGetBuffering stdout
  print (b /= NoBuffering)
