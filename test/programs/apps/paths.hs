-- Build-tool path handling: the same operations on POSIX and Windows paths
-- (splitting, joining, extensions, drives, normalisation, validity,
-- relative paths, search paths), as a tool that prints a plan for both.
import qualified System.FilePath.Posix as P
import qualified System.FilePath.Windows as W

posixPaths :: [FilePath]
posixPaths = ["/usr/local/bin/ghc", "src/Main.hs", "./a/../b//c.tar.gz", "~/.config/", "file.", ".bashrc", "", "/", "a/b/c/", "dir/file.ext1.ext2", "//server/share"]

windowsPaths :: [FilePath]
windowsPaths = ["C:\\Users\\me\\doc.txt", "c:/mixed/sep.hs", "\\\\server\\share\\f.x", "\\\\?\\UNC\\srv\\s\\y", "D:relative\\p", "\\rooted\\q", "a\\b\\..\\c.", "C:", "file:name", "con.txt", "dir\\", "\\\\?\\C:\\long"]

report :: String -> (FilePath -> String) -> [FilePath] -> IO ()
report name f ps = putStrLn (name ++ ": " ++ unwords (map (\p -> show p ++ "=>" ++ f p) ps))

main :: IO ()
main = do
  report "P.splitFileName" (show . P.splitFileName) posixPaths
  report "P.splitExtension" (show . P.splitExtension) posixPaths
  report "P.splitExtensions" (show . P.splitExtensions) posixPaths
  report "P.takeBaseName" P.takeBaseName posixPaths
  report "P.takeDirectory" P.takeDirectory posixPaths
  report "P.splitPath" (show . P.splitPath) posixPaths
  report "P.splitDirectories" (show . P.splitDirectories) posixPaths
  report "P.normalise" P.normalise posixPaths
  report "P.isValid" (show . P.isValid) posixPaths
  report "P.makeValid" P.makeValid posixPaths
  report "P.hasTrailing" (show . P.hasTrailingPathSeparator) posixPaths
  report "P.dropTrailing" P.dropTrailingPathSeparator posixPaths
  report "P.addTrailing" P.addTrailingPathSeparator posixPaths
  report "P.splitDrive" (show . P.splitDrive) posixPaths
  report "P.isAbsolute" (show . P.isAbsolute) posixPaths
  report "P.stripExtension" (show . P.stripExtension "gz") posixPaths
  report "P.replaceExtensions" (`P.replaceExtensions` "o") posixPaths
  report "P.replaceBaseName" (`P.replaceBaseName` "base") posixPaths
  report "P.replaceDirectory" (`P.replaceDirectory` "/opt") posixPaths
  report "P.replaceFileName" (`P.replaceFileName` "n.txt") posixPaths
  report "P.takeExtensions" P.takeExtensions posixPaths
  report "P.dropExtensions" P.dropExtensions posixPaths
  report "P.isExtensionOf" (show . P.isExtensionOf "gz") posixPaths
  print (P.makeRelative "/usr/local" "/usr/local/bin/ghc", P.makeRelative "/a" "/b/c", P.equalFilePath "a/./b" "a/b/", P.joinPath ["a", "/b", "c"], P.combine "x" "/y", "a" P.</> "b" P.<.> "c", P.splitSearchPath "/bin::/usr/bin:.")
  print (P.pathSeparators, P.searchPathSeparator, P.extSeparator, P.isPathSeparator '\\', P.isExtSeparator '.', P.hasDrive "/x", P.joinDrive "/" "x", P.dropDrive "/x/y", P.takeDrive "//x")
  report "W.splitFileName" (show . W.splitFileName) windowsPaths
  report "W.splitExtension" (show . W.splitExtension) windowsPaths
  report "W.takeBaseName" W.takeBaseName windowsPaths
  report "W.takeDirectory" W.takeDirectory windowsPaths
  report "W.splitPath" (show . W.splitPath) windowsPaths
  report "W.splitDirectories" (show . W.splitDirectories) windowsPaths
  report "W.normalise" W.normalise windowsPaths
  report "W.isValid" (show . W.isValid) windowsPaths
  report "W.makeValid" W.makeValid windowsPaths
  report "W.splitDrive" (show . W.splitDrive) windowsPaths
  report "W.takeDrive" W.takeDrive windowsPaths
  report "W.dropDrive" W.dropDrive windowsPaths
  report "W.hasDrive" (show . W.hasDrive) windowsPaths
  report "W.isDrive" (show . W.isDrive) windowsPaths
  report "W.isAbsolute" (show . W.isAbsolute) windowsPaths
  report "W.isRelative" (show . W.isRelative) windowsPaths
  report "W.hasTrailing" (show . W.hasTrailingPathSeparator) windowsPaths
  report "W.addTrailing" W.addTrailingPathSeparator windowsPaths
  report "W.dropTrailing" W.dropTrailingPathSeparator windowsPaths
  report "W.replaceExtension" (`W.replaceExtension` ".bak") windowsPaths
  report "W.takeExtensions" W.takeExtensions windowsPaths
  report "W.dropExtension" W.dropExtension windowsPaths
  report "W.takeFileName" W.takeFileName windowsPaths
  report "W.replaceFileName" (`W.replaceFileName` "r.y") windowsPaths
  report "W.replaceBaseName" (`W.replaceBaseName` "b") windowsPaths
  report "W.replaceDirectory" (`W.replaceDirectory` "E:\\new") windowsPaths
  report "W.splitExtensions" (show . W.splitExtensions) windowsPaths
  report "W.stripExtension" (show . W.stripExtension "txt") windowsPaths
  print (W.makeRelative "C:\\Users" "c:\\users\\me\\x", W.makeRelative "C:\\a" "D:\\a", W.equalFilePath "C:\\A\\b" "c:/a/B/", W.joinPath ["C:", "dir", "f"], W.combine "C:\\x" "\\y", W.combine "C:\\x" "D:y", "a" W.</> "b" W.<.> "exe", W.splitSearchPath "C:\\bin;;\"D:\\q;x\";.", W.pathSeparator, W.pathSeparators, W.searchPathSeparator, W.isPathSeparator '/')
  print (W.joinDrive "C:" "x", W.joinDrive "\\\\srv\\s" "y", W.hasExtension "a.b\\c", W.isExtensionOf ".txt" "a.txt", W.addExtension "f" "tar.gz", W.takeExtension "dir.d\\f", W.dropExtensions "x.tar.gz", W.replaceExtensions "x.tar.gz" "zip", W.normalise "c:\\\\a//b\\.\\c", W.isValid "a<b", W.makeValid "a<b>|?*", W.makeValid "nul", W.makeValid "\\\\\\foo")
