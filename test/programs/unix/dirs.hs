{-# LANGUAGE OverloadedStrings #-}
-- unix: directory streams (entries sorted: readdir's order is the file
-- system's) and the ByteString variants of files, directories, I/O,
-- temporary files and the environment.
import Control.Exception (IOException, try)
import qualified Data.ByteString.Char8 as B
import Data.List (sort)
import System.IO (hClose)
import System.Posix.Directory
import qualified System.Posix.ByteString as PB
import System.Posix.Files (fileSize, isDirectory)
import System.Posix.IO (closeFd, fdWrite, defaultFileFlags, OpenMode (..))

readAll :: DirStream -> IO [FilePath]
readAll d = do
  n <- readDirStream d
  if null n then return [] else fmap (n :) (readAll d)

main :: IO ()
main = do
  createDirectory "top" 0o755
  mapM_ (\n -> writeFile ("top/" ++ n) n) ["b", "a", "c.txt"]
  createDirectory "top/sub" 0o755
  d <- openDirStream "top"
  names <- readAll d
  print (sort names)
  readDirStream d >>= print
  rewindDirStream d
  again <- readAll d
  print (sort again == sort names)
  closeDirStream d
  r <- try (openDirStream "no-such")
  putStrLn (either (\e -> "error: " ++ show (e :: IOException)) (const "opened") r)
  -- ByteString paths
  PB.createDirectory "bs" 0o700
  fd <- PB.createFile "bs/file" 0o644
  _ <- fdWrite fd "bytes"
  closeFd fd
  st <- PB.getFileStatus "bs/file"
  print (fileSize st)
  PB.fileExist "bs/file" >>= print
  PB.rename "bs/file" "bs/moved"
  PB.fileExist "bs/file" >>= print
  PB.createSymbolicLink "moved" "bs/link"
  PB.readSymbolicLink "bs/link" >>= B.putStrLn
  fd2 <- PB.openFd "bs/moved" ReadOnly Nothing defaultFileFlags
  PB.fdRead fd2 10 >>= print
  closeFd fd2
  PB.removeLink "bs/link"
  PB.removeLink "bs/moved"
  PB.removeDirectory "bs"
  PB.fileExist "bs" >>= print
  (name, h) <- PB.mkstemp "bs-tmp-"
  print (B.length name, B.take 7 name)
  dir <- PB.mkdtemp "bs-dir-"
  PB.getFileStatus dir >>= print . isDirectory
  -- the random names would differ between runs: leave none behind
  hClose h
  PB.removeLink name
  PB.removeDirectory dir
  PB.setEnv "HS2STG_BS" "value" True
  PB.getEnv "HS2STG_BS" >>= print
  PB.getEnvDefault "HS2STG_NONE" "dflt" >>= print
  PB.unsetEnv "HS2STG_BS"
  PB.getEnv "HS2STG_BS" >>= print
  PB.getArgs >>= print
  r2 <- try (PB.getFileStatus "bs/none")
  putStrLn (either (\e -> "error: " ++ show (e :: IOException)) (const "stat") r2)
  cwd <- PB.getWorkingDirectory
  PB.changeWorkingDirectory "top"
  cwd2 <- PB.getWorkingDirectory
  print (cwd2 == B.concat [cwd, "/top"])
