import System.Environment
import System.Directory
import Control.Monad
import Data.List (sort)
main :: IO ()
main = do
  setEnv "MY_TEST_VAR" "value1"
  getEnv "MY_TEST_VAR" >>= putStrLn
  lookupEnv "MY_TEST_VAR" >>= print
  unsetEnv "MY_TEST_VAR"
  lookupEnv "MY_TEST_VAR" >>= print
  env <- getEnvironment
  print (lookup "MY_TEST_VAR" env)
  createDirectory "d1"
  writeFile "d1/a.txt" "A"
  writeFile "d1/b.txt" "BB"
  copyFile "d1/a.txt" "d1/c.txt"
  renameFile "d1/b.txt" "d1/bb.txt"
  getDirectoryContents "d1" >>= print . sort
  listDirectory "d1" >>= mapM_ (\f -> do s <- getFileSize ("d1/" ++ f); putStrLn (f ++ " " ++ show s)) . sort
  doesDirectoryExist "d1" >>= print
  renameDirectory "d1" "d2"
  doesDirectoryExist "d1" >>= print
  removeDirectoryRecursive "d2"
  doesDirectoryExist "d2" >>= print
  r <- getEnv "SURELY_NOT_SET_123"
  putStrLn r
