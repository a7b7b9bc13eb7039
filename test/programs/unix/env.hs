-- unix: the environment (System.Posix.Env), seen by System.Environment too.
import qualified System.Environment as E
import System.Posix.Env

main :: IO ()
main = do
  getEnv "HS2STG_UNIX_TEST" >>= print
  getEnvDefault "HS2STG_UNIX_TEST" "fallback" >>= putStrLn
  setEnv "HS2STG_UNIX_TEST" "one" True
  getEnv "HS2STG_UNIX_TEST" >>= print
  setEnv "HS2STG_UNIX_TEST" "two" False
  getEnv "HS2STG_UNIX_TEST" >>= print
  setEnv "HS2STG_UNIX_TEST" "three" True
  E.lookupEnv "HS2STG_UNIX_TEST" >>= print
  putEnv "HS2STG_UNIX_OTHER=a=b"
  getEnv "HS2STG_UNIX_OTHER" >>= print
  env <- getEnvironment
  print (lookup "HS2STG_UNIX_OTHER" env, lookup "HS2STG_UNIX_TEST" env)
  prim <- getEnvironmentPrim
  print (filter ((== "HS2STG_UNIX") . take 11) prim)
  unsetEnv "HS2STG_UNIX_TEST"
  getEnv "HS2STG_UNIX_TEST" >>= print
  E.setEnv "HS2STG_UNIX_BASE" "from base"
  getEnv "HS2STG_UNIX_BASE" >>= print
  setEnvironment [("ONLY", "this"), ("AND", "that")]
  getEnvironment >>= print
  clearEnv
  getEnvironment >>= print
  getEnvDefault "ONLY" "gone" >>= putStrLn
