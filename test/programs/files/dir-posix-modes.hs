-- System.Directory.Internal's POSIX setFileMode and setFilePermissions (unix's chmod:
-- the permission bits of the mode), read back through getPermissions; their errors;
-- the XDG fallbacks from a home directory and the defaults of the search paths.
import Control.Exception
import System.Directory
import System.Directory.Internal
import System.IO.Error

perms :: FilePath -> IO String
perms p = do
  q <- getPermissions p
  return (concat [if f q then [c] else "-" | (f, c) <- [(readable, 'r'), (writable, 'w'), (executable, 'x'), (searchable, 's')]])

main :: IO ()
main = do
  writeFile "m.txt" "x"
  createDirectory "d"
  mapM_ (\m -> setFileMode "m.txt" m >> perms "m.txt" >>= \s -> putStrLn (show m ++ " " ++ s))
    [0o644, 0o600, 0o400, 0o755, 0o100, 0o010, 0o001, 0o4755, 0o1777, 0o200000644, 0]
  mapM_ (\m -> setFilePermissions "d" m >> perms "d" >>= \s -> putStrLn (show m ++ " " ++ s)) [0o755, 0o644, 0o700, 0]
  setFilePermissions "d" 0o755
  setFileMode "m.txt" 0o600
  copyPermissions "d" "m.txt"
  perms "m.txt" >>= putStrLn
  r <- try (setFileMode "missing.txt" 0o644)
  print (either (\e -> (show e, isDoesNotExistError e, ioeGetFileName e)) (const ("", False, Nothing)) r)
  r2 <- try (setFilePermissions "" 0o644)
  print (either (\e -> (show e, isDoesNotExistError e)) (const ("", False)) r2)
  mapM_ (\k -> getXdgDirectoryFallback (return "/home/someone") k >>= print) [minBound .. maxBound]
  mapM_ (\k -> getXdgDirectoryFallback (return "rel/") k >>= print) [minBound .. maxBound]
  mapM_ (\k -> getXdgDirectoryListFallback k >>= print) [minBound .. maxBound]
  removeFile "m.txt"
  removeDirectory "d"
