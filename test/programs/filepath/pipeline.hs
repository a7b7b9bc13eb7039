import qualified System.FilePath.Posix as P
import System.FilePath
import Data.List (sortOn, groupBy)
import Data.Function (on)

files :: [FilePath]
files =
  [ "src/Main.hs", "src/Data/Map.hs", "src/Data/Map/Internal.hs", "test/Spec.hs"
  , "README.md", "docs/guide.tar.gz", "/usr/lib/libfoo.so.1", "./script.sh"
  , "build/out/Main.o", "build/out/Main.hi", ".gitignore", "a/b/../c.txt"
  ]

moduleName :: FilePath -> String
moduleName f = map (\c -> if isPathSeparator c then '.' else c) (dropExtension (makeRelative "src" f))

main :: IO ()
main = do
  mapM_ (putStrLn . moduleName) (filter ((== ".hs") . takeExtension) files)
  let byExt = groupBy ((==) `on` takeExtension) (sortOn takeExtension files)
  mapM_ (\g -> putStrLn (takeExtension (head g) ++ ": " ++ unwords (map takeFileName g))) byExt
  mapM_ (\f -> putStrLn (takeDirectory f </> "interface" </> (takeFileName f -<.> "hi"))) files
  print [ replaceFileName "src/Main.hs" "Test" <.> ext | ext <- ["hs", "lhs"] ]
  print (map (P.normalise . ("/root" P.</>)) files)
  print (map (P.takeExtensions) files, map (P.isExtensionOf "hs") files)
  print (P.splitDirectories "/usr/local/bin", P.joinPath ["usr", "local"], P.pathSeparators)
  print (foldr (</>) "" ["a", "b", "c"], foldl (</>) "" ["a", "b", "c"])
  print (map (P.makeRelative "/usr") ["/usr/lib", "/usr", "/var/x", "/usr/"])
