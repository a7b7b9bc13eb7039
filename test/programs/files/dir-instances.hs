-- The instances of directory's XdgDirectory, XdgDirectoryList, Permissions
-- and FileType (Show, Read, Eq, Ord, Enum, Bounded), and copyPermissions.
import System.Directory
import System.Directory.Internal (FileType (..))
import System.IO.Error

main :: IO ()
main = do
  print ([minBound .. maxBound] :: [XdgDirectory])
  print ([minBound .. maxBound] :: [XdgDirectoryList])
  print ([minBound .. maxBound] :: [FileType])
  print (map fromEnum [XdgData, XdgConfig, XdgCache], toEnum 1 :: XdgDirectoryList)
  print (succ XdgData, pred XdgCache, [XdgData ..], [File, Directory ..])
  print (XdgData < XdgCache, compare XdgConfigDirs XdgDataDirs, maximum [XdgConfig, XdgData])
  print (File == File, SymbolicLink /= DirectoryLink, max File Directory)
  print (read "XdgCache" :: XdgDirectory, read " ( XdgDataDirs ) " :: XdgDirectoryList)
  print (read "[File,DirectoryLink]" :: [FileType])
  print (reads "XdgConfig rest" :: [(XdgDirectory, String)])
  print (showsPrec 11 XdgConfig "", show (Just XdgConfigDirs))
  let p = setOwnerReadable True (setOwnerSearchable True emptyPermissions)
  print p
  print (Just p)
  print (read (show p) == p, compare emptyPermissions p, p > emptyPermissions)
  print (read "Permissions {readable = True, writable = False, executable = True, searchable = False}" :: Permissions)
  print (readable p, writable p, executable p, searchable p)
  let d = "perm-tmp"
  createDirectory d
  writeFile (d ++ "/a") "a"
  writeFile (d ++ "/b") "b"
  pa <- getPermissions (d ++ "/a")
  setPermissions (d ++ "/a") (setOwnerExecutable True pa)
  copyPermissions (d ++ "/a") (d ++ "/b")
  getPermissions (d ++ "/b") >>= print . executable
  tryIOError (copyPermissions (d ++ "/missing") (d ++ "/b")) >>= print
  tryIOError (copyPermissions (d ++ "/a") (d ++ "/missing")) >>= print
  removeDirectoryRecursive d
