import System.Environment

main :: IO ()
main = do
  withArgs ["-v"] $ do
    as <- getArgs
    print as
  putStrLn "looking up"
  v <- getEnv "HS2STG_TEST_SURELY_MISSING"
  putStrLn v
