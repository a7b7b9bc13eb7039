import System.FilePath

paths :: [FilePath]
paths =
  [ "", "/", "dir/", "file.tar.gz", ".bashrc", "/directory/../file", "a//b"
  , "/test", "//test", "test/file", "file", "//", "c:/x", "c:", "a:b", "\0", "file\0name"
  , "/random_ path:*", "test/", "/a/b//", "x/"
  ]

main :: IO ()
main = do
  mapM_ row paths
  print (pathSeparator, pathSeparators, searchPathSeparator, extSeparator)
  print (map isPathSeparator "/\\a.:", map isSearchPathSeparator "/:;", map isExtSeparator "./")
  print [joinDrive "/" "x", joinDrive "" "x", joinDrive "//" "", joinDrive "a" "b", joinDrive "a/" "b"]
  where
    row p = do
      print (p, splitDrive p, takeDrive p, dropDrive p, hasDrive p, isDrive p)
      print (hasTrailingPathSeparator p, addTrailingPathSeparator p, dropTrailingPathSeparator p)
      print (isRelative p, isAbsolute p, isValid p, makeValid p, uncurry joinDrive (splitDrive p))
