-- setEnv, unsetEnv, lookupEnv and getEnvironment of our own variables.
import System.Environment
import System.IO.Error
import Control.Exception
import qualified System.Environment.Blank as B

mine :: [(String, String)] -> [(String, String)]
mine = filter ((== "HS2STG_T_") . take 9 . fst)

main :: IO ()
main = do
  setEnv "HS2STG_T_ONE" "1"
  setEnv "HS2STG_T_TWO" "two words"
  lookupEnv "HS2STG_T_ONE" >>= print
  getEnv "HS2STG_T_TWO" >>= putStrLn
  getEnvironment >>= print . mine
  setEnv "HS2STG_T_ONE" "uno"
  getEnvironment >>= print . mine
  unsetEnv "HS2STG_T_ONE"
  lookupEnv "HS2STG_T_ONE" >>= print
  setEnv "HS2STG_T_TWO" ""
  lookupEnv "HS2STG_T_TWO" >>= print
  unsetEnv "HS2STG_T_NEVER"
  r <- tryIOError (setEnv "" "x")
  print r
  r2 <- tryIOError (setEnv "A=B" "x")
  print (fmap (const ()) r2, either isIllegalOperation (const False) r2)
  getEnvironment >>= print . mine
  withArgs ["a", "b"] (withArgs ["c"] getArgs >>= print >> getArgs >>= print)
  r3 <- try (withProgName "inner" (getProgName >>= putStrLn >> throwIO (userError "boom")))
  print (r3 :: Either IOException ())
  getProgName >>= putStrLn
  -- System.Environment.Blank
  B.setEnv "HS2STG_T_BLANK" "" True
  B.getEnv "HS2STG_T_BLANK" >>= print
  B.setEnv "HS2STG_T_BLANK" "kept?" False
  B.getEnv "HS2STG_T_BLANK" >>= print
  B.setEnv "HS2STG_T_BLANK" "replaced" True
  B.getEnvDefault "HS2STG_T_BLANK" "default" >>= putStrLn
  B.unsetEnv "HS2STG_T_BLANK"
  B.getEnvDefault "HS2STG_T_BLANK" "default" >>= putStrLn
  tryIOError (B.setEnv "" "v" True) >>= print
