-- findExecutable(s) and findExecutablesInDirectories over directories the
-- program makes (and removes), with PATH set to them.
import System.Directory
import System.Environment

mk :: FilePath -> Bool -> IO ()
mk p x = do
  writeFile p "#!/bin/sh\n"
  perm <- getPermissions p
  setPermissions p (setOwnerExecutable x perm)

main :: IO ()
main = do
  let d = "exe-tmp"
      dirs = [d ++ "/bin1", d ++ "/bin2", d ++ "/bin3", d ++ "/missing"]
  mapM_ (createDirectoryIfMissing True) (take 3 dirs)
  mk (d ++ "/bin1/tool") False
  mk (d ++ "/bin2/tool") True
  mk (d ++ "/bin3/tool") True
  mk (d ++ "/bin3/other") True
  createDirectory (d ++ "/bin1/adir")
  findExecutablesInDirectories dirs "tool" >>= print
  findExecutablesInDirectories dirs "other" >>= print
  findExecutablesInDirectories dirs "adir" >>= print
  findExecutablesInDirectories dirs "nothing" >>= print
  findExecutablesInDirectories [] "tool" >>= print
  setEnv "PATH" (concatMap (++ ":") dirs ++ d)
  findExecutables "tool" >>= print
  findExecutable "tool" >>= print
  findExecutable "other" >>= print
  findExecutables "nothing" >>= print
  findFiles dirs "tool" >>= print
  removeDirectoryRecursive d
