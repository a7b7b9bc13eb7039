import System.FilePath

paths :: [FilePath]
paths =
  [ "", "/", "dir/", "file.tar.gz", ".bashrc", "/directory/../file", "a//b"
  , "/directory/file.ext", "file/bob.txt", "file/", "bob", "//", "///x", "test/"
  , "/foo", "/foo/bar/baz", "/foo/bar/baz/", "foo/bar/baz", "foo", "./", "./x"
  , "a/b/c/", "a//", "root/file.ext"
  ]

main :: IO ()
main = do
  mapM_ row paths
  print (replaceFileName "/directory/other.txt" "file.ext")
  print [replaceFileName "a/b" "/abs", replaceFileName "a/b" "", replaceFileName "" "x"]
  print (replaceDirectory "root/file.ext" "/directory/")
  print [replaceDirectory "root/file.ext" "", replaceDirectory "x" "d", replaceDirectory "/" "d/"]
  print [replaceBaseName "/directory/other.ext" "file", replaceBaseName "file/test.txt" "bob"]
  print [replaceBaseName "fred" "bill", replaceBaseName "/dave/fred/bob.gz.tar" "new"]
  print [replaceBaseName "" "x.y", replaceBaseName "a/" "b"]
  where
    row p = do
      print (p, splitFileName p, takeFileName p, dropFileName p)
      print (takeDirectory p, takeBaseName p, replaceFileName p "new.txt", replaceDirectory p "top")
