import System.FilePath

paths :: [FilePath]
paths =
  [ "", "/", "dir/", "file.tar.gz", ".bashrc", "/directory/../file", "a//b"
  , "/directory/path.ext", "file.txt", "file", "file/file.txt", "file.txt/boris"
  , "file.txt/boris.ext", "file/path.txt.bob.fred", "file/path.txt/", "a.b/c"
  , "..", ".", "x.", "/a/b.c.d", "foo.x.hs.o", "a.b..c.d", "foo.bar", "foobar"
  ]

main :: IO ()
main = do
  mapM_ row paths
  print [addExtension "/directory/path" "ext", addExtension "file." ".bib", addExtension "file" ".bib"]
  print [addExtension "/" "x", addExtension "file.txt" "", "file" <.> "tar.gz", "/" <.> "x"]
  print [replaceExtension "/directory/path.txt" "ext", replaceExtension "file.txt" ".bob"]
  print [replaceExtension "file.txt" "", replaceExtension "file.fred.bob" "txt", "foo.o" -<.> "c"]
  print [replaceExtensions "file.fred.bob" "txt", replaceExtensions "file.fred.bob" "tar.gz"]
  print [isExtensionOf "png" "/this/is/an.png", isExtensionOf ".png" "/this/is/an.png"]
  print [isExtensionOf ".tar.gz" "bar/foo.tar.gz", isExtensionOf "ar.gz" "bar/foo.tar.gz"]
  print [isExtensionOf "png" "/this/is/an.png/nope", isExtensionOf "" "a", isExtensionOf "" "a."]
  print [stripExtension "hs.o" "foo.x.hs.o", stripExtension "hi.o" "foo.x.hs.o"]
  print [stripExtension ".c.d" "a.b.c.d", stripExtension ".c.d" "a.b..c.d"]
  print [stripExtension "baz" "foo.bar", stripExtension "bar" "foobar", stripExtension "" "x.y"]
  print (extSeparator, isExtSeparator '.', isExtSeparator '/')
  where
    row p = do
      print (p, splitExtension p, takeExtension p, dropExtension p)
      print (splitExtensions p, takeExtensions p, dropExtensions p, hasExtension p)
      print (takeBaseName p, replaceBaseName p "new", p -<.> "o", p <.> ".hi")
