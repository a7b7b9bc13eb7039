-- System.FilePath.Windows: file names, extensions, directories, combining,
-- splitting, normalising, comparing and relative paths.
import System.FilePath.Windows

paths :: [FilePath]
paths =
  [ "", "file", "file.txt", "c:\\dir\\file.txt", "c:/dir/file.tar.gz", "dir.d\\file", "file/path.txt/"
  , "file/path.txt.bob.fred", "file.txt/boris.ext", ".bashrc", "c:", "c:\\", "C:test.x", "\\\\share\\f.x"
  , "\\\\?\\UNC\\srv\\a.b\\c", "foo\\bar\\baz", "foo\\bar\\baz\\", "/a/b//c", "a\\\\b", "x.", "..", "."
  , "c:\\.\\a\\..\\b\\", "//server/test", "c:\\file/bob\\", "C:.\\", "/./", "\\", "c:/file", "/file"
  , "\\\\?\\d:\\x\\.\\y", "c:\\foo\\.", "test\\.\\"
  ]

main :: IO ()
main = do
  mapM_ row paths
  print [ "/directory" </> "file.ext", "directory" </> "/file.ext", "C:\\foo" </> "bar", "home" </> "/bob"
        , "home" </> "\\bob", "home" </> "C:\\bob", "home" </> "C:bob", "D:\\foo" </> "C:bob", "C:\\foo" </> "C:bob"
        , "C:" </> "bob", "C:\\" </> "\\bob", "\\\\share" </> "x", "a" </> "", "" </> "b", "a\\" </> "b", "a/" </> "b" ]
  print (joinPath ["/", "directory/", "file.ext"], joinPath ["C:", "x", "y"], joinPath [], joinPath ["a", "\\b", "c"])
  print [ equalFilePath "foo" "foo/", equalFilePath "C:\\Foo" "c:/foo", equalFilePath "foo" "./foo"
        , equalFilePath "foo" "/foo", equalFilePath "a\\b\\" "A/B", equalFilePath "c:" "c:\\" ]
  print [ makeRelative "C:\\Home" "c:\\home\\bob", makeRelative "C:\\Home" "c:/home/bob", makeRelative "C:\\Home" "D:\\Home\\Bob"
        , makeRelative "C:\\Home" "C:Home\\Bob", makeRelative "/Home" "/home/bob", makeRelative "/" "//", makeRelative "/Home" "/home/bob/"
        , makeRelative "C:\\" "C:\\x\\y", makeRelative "\\\\srv\\a" "\\\\SRV\\a\\b", makeRelative "x" "x", makeRelative "a\\b" "a\\c" ]
  print [ addExtension "file.txt" "bib", addExtension "file." ".bib", addExtension "file" ".bib", addExtension "/" "x"
        , addExtension "file" "", addExtension "\\\\share" ".txt", addExtension "c:" "x", "a" <.> "b", "a.c" -<.> "d" ]
  print (replaceExtensions "file.fred.bob" "txt", replaceExtension "file.txt" ".bob", replaceExtension "file" "", stripExtension "hs.o" "foo.x.hs.o")
  print (stripExtension "hi.o" "foo.x.hs.o", stripExtension ".c.d" "a.b.c.d", stripExtension "" "x", stripExtension "baz" "foo.bar")
  print ("png" `isExtensionOf` "/directory/file.png", ".tar.gz" `isExtensionOf` "bar/foo.tar.gz", "ar.gz" `isExtensionOf` "bar/foo.tar.gz")
  print (replaceFileName "c:\\dir\\a.x" "b.y", replaceBaseName "c:\\dir\\a.x" "q", replaceDirectory "root\\file.ext" "C:\\dir", replaceDirectory "a" "c:")
  where
    row p = do
      print (p, splitExtension p, takeExtension p, dropExtension p, hasExtension p)
      print (splitExtensions p, takeExtensions p, dropExtensions p, takeBaseName p)
      print (splitFileName p, takeFileName p, dropFileName p, takeDirectory p, uncurry (++) (splitFileName p))
      print (splitPath p, splitDirectories p, joinPath (splitPath p))
      print (normalise p, makeRelative "c:\\dir" p, equalFilePath p (normalise p))
