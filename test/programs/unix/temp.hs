-- unix: temporary files and directories (their names checked by form),
-- the working directory.
import Control.Exception (IOException, try)
import Data.List (isPrefixOf, isSuffixOf, sort)
import System.IO
import System.Posix.Temp
import System.Posix.Files
import System.Posix.Directory
import Data.Bits ((.&.))

main :: IO ()
main = do
  (name, h) <- mkstemp "tmp-"
  print ("tmp-" `isPrefixOf` name, length name)
  hPutStrLn h "in the temporary file"
  hClose h
  readFile name >>= putStr
  st <- getFileStatus name
  print (fileMode st .&. accessModes)
  (name2, h2) <- mkstemps "pre" ".txt"
  print ("pre" `isPrefixOf` name2, ".txt" `isSuffixOf` name2, length name2, name2 /= name)
  hClose h2
  dir <- mkdtemp "dir-"
  print ("dir-" `isPrefixOf` dir, length dir)
  dst <- getFileStatus dir
  print (isDirectory dst, fileMode dst .&. accessModes)
  cwd <- getWorkingDirectory
  changeWorkingDirectory dir
  cwd2 <- getWorkingDirectory
  print (cwd2 == cwd ++ "/" ++ dir)
  writeFile "inner" "x"
  changeWorkingDirectory ".."
  fileExist (dir ++ "/inner") >>= print
  r <- try (changeWorkingDirectory "no-such-dir")
  print (r :: Either IOException ())
  r2 <- try (mkstemp "no-such-dir/x")
  putStrLn (either (\e -> "error: " ++ show (e :: IOException)) (const "made") r2)
  -- the random names would differ between runs: leave none behind
  mapM_ removeLink [name, name2, dir ++ "/inner"]
  removeDirectory dir
