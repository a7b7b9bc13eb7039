-- System.FilePath.Windows: drives, separators, classification, validity.
import System.FilePath.Windows

paths :: [FilePath]
paths =
  [ "", "file", "c:/file", "c:\\file", "C:", "c:", "c:test", "c:\\", "c:/", "C:\\\\x"
  , "\\\\shared\\test", "\\\\shared", "//server/share/x", "\\\\?\\UNC\\shared\\file"
  , "\\\\?\\UNCshared\\file", "\\\\?\\d:\\file", "\\\\?\\d:file", "\\\\?\\foo", "\\\\?\\UNC\\foo"
  , "/d", "\\foo", "/foo", "\\\\", "\\\\\\foo", "path\\test", "1:x", "\233:\\x"
  , "c:\\test\\:foo", "c:\\test\\file*", "test\\f\0le", "c:\\nul\\file", "c:\\test\\prn.txt"
  , "foo\tbar", "nul .txt", " nul.txt", "c:\\test\\nul.txt.gz", "COM1", "lpt9.x", "clock$"
  , "a<b>c|d", "test/", "x\\\\", "c:\\\\\\", "\\\\server\\\\share"
  ]

main :: IO ()
main = do
  mapM_ row paths
  print (pathSeparator, pathSeparators, searchPathSeparator, extSeparator)
  print (map isPathSeparator "/\\a.:", map isSearchPathSeparator "/:;", map isExtSeparator "./")
  print [joinDrive "C:" "foo", joinDrive "C:\\" "bar", joinDrive "\\\\share" "foo", joinDrive "/:" "foo", joinDrive "" "x", joinDrive "x" "", joinDrive "\233:" "x", joinDrive "1:" "x"]
  print (splitSearchPath "File1;File2;File3", splitSearchPath "File1;;File2;File3")
  print (splitSearchPath "File1;\"File2\";File3", splitSearchPath "", splitSearchPath "\"\";\"a", splitSearchPath ";")
  where
    row p = do
      print (p, splitDrive p, takeDrive p, dropDrive p, hasDrive p, isDrive p)
      print (hasTrailingPathSeparator p, addTrailingPathSeparator p, dropTrailingPathSeparator p)
      print (isRelative p, isAbsolute p, isValid p, makeValid p, uncurry joinDrive (splitDrive p))
