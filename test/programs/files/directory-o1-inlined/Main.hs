-- directory's internals that only its own code calls, reached by -O1 code
-- that inlines removeDirectoryRecursive and renameDirectory (Inlined, at
-- a high unfolding threshold); Main keeps the usual threshold: at a high
-- one GHC would inline base's top-level handler (runMainIO) into main,
-- whose internals the preludes do not define.
import Control.Exception
import Data.List (sort)
import Inlined (removeRecursive, renameDir)
import System.Directory
import System.IO.Error

report :: IO () -> IO ()
report act = do
  r <- try act
  case r of
    Left e -> print (ioeGetErrorType e, ioeGetLocation e, ioeGetErrorString e, ioeGetFileName e, show e)
    Right () -> putStrLn "ok"

main :: IO ()
main = do
  createDirectoryIfMissing True "d1/sub/deeper"
  writeFile "d1/sub/f.txt" "hello"
  writeFile "d1/g.txt" "g"
  writeFile "plain.txt" "plain"
  report (removeRecursive "plain.txt")
  report (removeRecursive "missing")
  createDirectoryLink "d1" "dlink"
  createFileLink "plain.txt" "flink"
  report (removeRecursive "dlink")
  report (removeRecursive "flink")
  removeDirectoryLink "dlink"
  removeFile "flink"
  report (renameDir "plain.txt" "other")
  report (renameDir "missing" "other")
  report (renameDir "d1" "d2")
  listDirectory "d2" >>= print . sort
  report (removeRecursive "d2")
  doesDirectoryExist "d2" >>= print
  listDirectory "." >>= print . sort
