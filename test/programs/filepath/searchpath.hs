import System.FilePath
import System.Environment (getEnv)

main :: IO ()
main = do
  mapM_ (print . splitSearchPath)
    [ "File1:File2:File3", "File1::File2:File3", "", ":", "::", "a:", ":a", "/usr/bin:/bin"
    , "a;b", "x::y:", "/a b/c:d" ]
  ps <- getSearchPath
  p <- getEnv "PATH"
  print (ps == splitSearchPath p)
  print (length ps == length (filter (== ':') p) + 1)
  print (all (not . null) ps)
