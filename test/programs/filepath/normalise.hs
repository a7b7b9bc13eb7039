import System.FilePath

paths :: [FilePath]
paths =
  [ "", "/", "dir/", "file.tar.gz", ".bashrc", "/directory/../file", "a//b"
  , "/file/\\test////", "/file/./test", "/test/file/../bob/fred/", "../bob/fred/"
  , "./bob/fred/", ".", "./", "./.", "/./", "bob/fred/.", "//home", "a/.", "./a/./b/."
  , "//", "///", ".//", "x/./", "/.", "/..", "a/../"
  ]

pairs :: [(FilePath, FilePath)]
pairs =
  [ ("/directory", "/directory/file.ext"), ("/Home", "/home/bob"), ("/home/", "/home/bob/foo/bar")
  , ("/fred", "bob"), ("/file/test", "/file/test/fred"), ("/file/test", "/file/test/fred/")
  , ("some/path", "some/path/a/b/c"), ("a", "a"), ("/", "//"), ("/", "/x"), ("", "x")
  , ("x", ""), ("a/b", "a/c"), ("./a", "a/b"), ("a//b", "a/b/c"), ("/a/b/", "/a/b")
  , ("foo", "foo/"), ("foo", "FOO"), ("./foo", "foo"), ("/a/./b", "/a/b/c/d")
  ]

main :: IO ()
main = do
  mapM_ (\p -> print (p, normalise p)) paths
  mapM_ (\(a, b) -> print (a, b, equalFilePath a b, makeRelative a b, makeRelative b a)) pairs
  print [ makeRelative x x | x <- take 8 paths ]
  print [ equalFilePath x (normalise x) | x <- paths ]
