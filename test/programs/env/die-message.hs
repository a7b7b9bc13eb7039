import System.Exit
import System.Environment

main :: IO ()
main = do
  setEnv "HS2STG_TEST_DIE" "set"
  v <- getEnv "HS2STG_TEST_DIE"
  putStrLn ("value " ++ v)
  die ("fatal: " ++ v)
