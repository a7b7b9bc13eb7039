import System.Environment
import System.IO.Error
import Data.List (sort)

main :: IO ()
main = do
  lookupEnv "HS2STG_TEST_UNSET_VAR" >>= print
  r <- tryIOError (getEnv "HS2STG_TEST_UNSET_VAR")
  print r
  print (either isDoesNotExistError (const False) r)
  setEnv "HS2STG_TEST_A" "value a"
  lookupEnv "HS2STG_TEST_A" >>= print
  getEnv "HS2STG_TEST_A" >>= putStrLn
  setEnv "HS2STG_TEST_A" "replaced"
  getEnv "HS2STG_TEST_A" >>= putStrLn
  setEnv "HS2STG_TEST_B" "b=with=equals"
  env <- getEnvironment
  print (sort [kv | kv@(k, _) <- env, take 13 k == "HS2STG_TEST_A" || take 13 k == "HS2STG_TEST_B"])
  unsetEnv "HS2STG_TEST_A"
  lookupEnv "HS2STG_TEST_A" >>= print
  unsetEnv "HS2STG_TEST_NEVER_SET"
  setEnv "HS2STG_TEST_C" ""
  lookupEnv "HS2STG_TEST_C" >>= print
  r2 <- tryIOError (setEnv "" "x")
  print r2
  r3 <- tryIOError (setEnv "A=B" "x")
  print r3
  setEnv "HS2STG_TEST_U" "\955\233"
  getEnv "HS2STG_TEST_U" >>= print
