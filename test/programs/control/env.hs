-- getArgs, getProgName, withArgs, withProgName, lookupEnv, getEnv.
import System.Environment
import Control.Exception
import System.IO.Error

main :: IO ()
main = do
  getArgs >>= print
  getProgName >>= putStrLn
  withArgs ["x", "y z"] (getArgs >>= print)
  getArgs >>= print
  withProgName "other" (getProgName >>= putStrLn)
  withProgName "some/dir/base.name" (getProgName >>= putStrLn)
  withProgName "" (getProgName >>= print)
  withProgName "trailing/" (getProgName >>= print)
  getProgName >>= putStrLn
  withArgs [] (withProgName "p2" ((,) <$> getArgs <*> getProgName) >>= print)
  lookupEnv "HS2STG_SURELY_UNSET_VARIABLE" >>= print
  r <- try (getEnv "HS2STG_SURELY_UNSET_VARIABLE")
  case r of
    Left e -> do
      putStrLn ("error: " ++ show e)
      print (isDoesNotExistError e, ioeGetErrorString e, ioeGetFileName e)
    Right v -> putStrLn v
  r2 <- try (withArgs ["a"] (getArgs >>= \as -> throwIO (userError (concat as))))
  print (r2 :: Either IOException ())
  getArgs >>= print
  _ <- getEnv "HS2STG_ANOTHER_UNSET"
  putStrLn "not reached"
