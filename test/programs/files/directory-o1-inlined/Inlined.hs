{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- directory's internals that only its own code calls, reached by -O1 code
-- that inlines removeDirectoryRecursive and renameDirectory (a high
-- unfolding threshold): the cases by the path's kind and their errors.
module Inlined (run) where

import Control.Exception
import System.Directory
import System.IO.Error
report :: IO () -> IO ()
report act = do
  r <- try act
  case r of
    Left e -> print (ioeGetErrorType e, ioeGetLocation e, ioeGetErrorString e, ioeGetFileName e, show e)
    Right () -> putStrLn "ok"
run :: IO ()
run = do
  createDirectoryIfMissing True "d1/sub/deeper"
  writeFile "d1/sub/f.txt" "hello"
  writeFile "d1/g.txt" "g"
  writeFile "plain.txt" "plain"
  report (removeDirectoryRecursive "plain.txt")
  report (removeDirectoryRecursive "missing")
  createDirectoryLink "d1" "dlink"
  createFileLink "plain.txt" "flink"
  report (removeDirectoryRecursive "dlink")
  report (removeDirectoryRecursive "flink")
  removeDirectoryLink "dlink"
  removeFile "flink"
  report (renameDirectory "plain.txt" "other")
  report (renameDirectory "missing" "other")
  report (copyFile "d1" "copy.txt")
  report (copyFile "plain.txt" "d1")
  report (copyFile "plain.txt" "copy.txt")
  readFile "copy.txt" >>= putStrLn
  report (renameDirectory "d1" "d2")
  listDirectory "d2" >>= print
  report (removeDirectoryRecursive "d2")
  doesDirectoryExist "d2" >>= print
  listDirectory "." >>= print . filter (/= "o1-inlined-errors")
