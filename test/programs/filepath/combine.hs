import System.FilePath

paths :: [FilePath]
paths =
  [ "", "/", "dir/", "file.tar.gz", ".bashrc", "/directory/../file", "a//b"
  , "/directory/file.ext", "test//item/", "test/item/file", "/file/test", "//x//y//"
  , "/test///file", "a/./b", "..//..", "/a/"
  ]

main :: IO ()
main = do
  mapM_ row paths
  print ["/directory" </> "file.ext", "directory" </> "/file.ext", "/" </> "test"]
  print ["home" </> "bob", "x:" </> "foo", "home" </> "/bob", "home/" </> "bob"]
  print ["" </> "x", "x" </> "", "" </> "", "a" </> "b" </> "c", "a" </> "//b"]
  print [combine "dir" "sub/", combine "/" "", combine "a/" "/"]
  print (joinPath ["/", "directory/", "file.ext"], joinPath [], joinPath ["test", "file", "path"])
  print (joinPath ["a", "", "b"], joinPath ["", ""], joinPath ["a/", "/b", "c"])
  print [ (x, joinPath (splitPath x), joinPath (splitDirectories x)) | x <- paths ]
  where
    row p = print (p, splitPath p, splitDirectories p, p </> "x", "x" </> p)
