-- System.Directory.Internal's owner and group copies (chown through
-- unix's setOwnerAndGroup) and copyFileWithMetadataInternal with copiers of
-- the program's own, in a directory the program makes and removes; ids are
-- compared, not printed.
import Control.Exception
import System.Directory
import System.Directory.Internal
  ( copyFileWithMetadataInternal
  , copyGroupFromStatus
  , copyOwnerFromStatus
  , tryCopyOwnerAndGroupFromStatus
  )
import System.Posix.Files (fileGroup, fileMode, fileOwner, getFileStatus)

main :: IO ()
main = do
  let d = "dir-owner-sandbox"
  createDirectory d
  writeFile (d ++ "/a") "contents of a\n"
  writeFile (d ++ "/b") "b\n"
  st <- getFileStatus (d ++ "/a")
  copyOwnerFromStatus st (d ++ "/b")
  copyGroupFromStatus st (d ++ "/b")
  tryCopyOwnerAndGroupFromStatus st (d ++ "/b")
  tryCopyOwnerAndGroupFromStatus st (d ++ "/missing")
  r <- try (copyOwnerFromStatus st (d ++ "/missing"))
  print (r :: Either IOException ())
  r2 <- try (copyGroupFromStatus st (d ++ "/missing"))
  print (r2 :: Either IOException ())
  sb <- getFileStatus (d ++ "/b")
  print (fileOwner sb == fileOwner st, fileGroup sb == fileGroup st)
  copyFileWithMetadataInternal
    (\m p -> putStrLn ("permissions to " ++ p ++ ", mode " ++ show (fileMode m)))
    (\_ p -> putStrLn ("times to " ++ p))
    (d ++ "/a")
    (d ++ "/c")
  readFile (d ++ "/c") >>= putStr
  r3 <- try (copyFileWithMetadataInternal (\_ _ -> return ()) (\_ _ -> return ()) (d ++ "/missing") (d ++ "/e"))
  print (r3 :: Either IOException ())
  doesFileExist (d ++ "/e") >>= print
  removeDirectoryRecursive d
