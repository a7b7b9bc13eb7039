import System.FilePath.Posix
import Data.List (sort, nub)
import Data.Maybe (mapMaybe)
import Data.Char (chr)

names :: [FilePath]
names = ["a.hs", "b.tar.gz", "dir/", ".bashrc", "", "/", "x/y/z.o", "a//b", "/directory/../file", "c.HS"]

main :: IO ()
main = do
  print (map (</> "x") names)
  print (map ("root" </>) names)
  print (filter hasExtension names, filter (not . hasExtension) names)
  print (map (<.> "bak") names, map (-<.> "bak") names)
  print (zipWith combine names (reverse names))
  print (mapMaybe (stripExtension "gz") names, mapMaybe (stripExtension ".hs") names)
  print (filter (isExtensionOf "hs") names, filter (isExtensionOf "gz") names)
  print (sort (map takeFileName names), nub (map takeDirectory names))
  print (map splitFileName names, map splitExtension names)
  print (map isAbsolute names, map isRelative names, map isValid names)
  print (foldr (\n acc -> takeBaseName n ++ "|" ++ acc) "" names)
  print (take 3 (splitPath (cycle "ab/")), take 3 (splitDirectories (cycle "/c")))
  print (take 10 (addTrailingPathSeparator (replicate 12 (chr 122))), takeWhile (/= (chr 47)) (dropDrive "//q/r"))
  print (take 7 (makeValid ('\0' : cycle "ok")), take 5 (splitSearchPath (cycle "p:")))
  print (map (uncurry equalFilePath) (zip names (map normalise names)))
  print (map (makeRelative "/directory") ["/directory/x", "/directory", "/dir/x", "x"])
  print (length (concatMap splitDirectories names), sum (map (length . takeExtensions) names))
  let mk d f = d </> f <.> "txt"
  print (zipWith mk ["a", "b/", "/c"] ["one", "two", "three"])
  print (map (replaceExtension "f.c") ["o", ".h", ""], map (replaceFileName "/d/e") ["f", "/g"])
