-- System.FilePath.Windows in use: single calls that -O1 inlines (drive
-- letters' separators, reserved names, relative paths), the search path
-- from the environment, and Posix and Windows side by side.
import qualified System.FilePath.Posix as P
import System.FilePath.Windows
import System.Environment (setEnv)

main :: IO ()
main = do
  print (isAbsolute "c:\\x", isAbsolute "c:x", isAbsolute "c:", isRelative "C:/", isRelative "C:", isRelative "\\\\?\\c:")
  print (dropTrailingPathSeparator "dir\\\\", dropTrailingPathSeparator "c:\\", dropTrailingPathSeparator "\\\\")
  print (isValid "c:\\LPT9.txt", isValid "c:\\aux", isValid "con ", isValid "x\\COM5 .a", isValid "ok\\name")
  print (makeValid "c:\\LPT9.txt", makeValid "aux.txt\\x", makeValid "\\\\", makeValid "\\\\?\\UNC\\x", makeValid "a\0b")
  print (makeRelative "c:\\a" "C:\\A\\b\\c", makeRelative "\\a" "/a/b", makeRelative "" "x", makeRelative "c:" "c:x")
  print (hasExtension "c:\\dir.d\\file", hasExtension "x.y\\z.w", takeExtension "c:\\a.b\\c")
  print (splitFileName "c:", splitFileName "c:\\", splitFileName "\\\\srv\\share", splitFileName "x\\")
  print (splitExtension "c:\\a.b\\c.d", splitExtensions "c:\\a.b\\c.d.e")
  setEnv "PATH" "C:\\Windows;\"C:\\Program Files\";;D:\\bin;"
  getSearchPath >>= print
  let ps = ["a/b\\c", "c:/x/y.z", "/abs/p", "rel/../q/", "x.tar.gz"]
  mapM_ (\p -> print (p, normalise p, P.normalise p, splitDirectories p, P.splitDirectories p)) ps
  print (map (\p -> (takeFileName p, P.takeFileName p, takeDirectory p, P.takeDirectory p)) ps)
  print (foldr (</>) "" ["c:", "users", "me", "file.txt"], joinPath ["\\\\srv\\share", "x"], "C:\\a" </> "..\\b")
