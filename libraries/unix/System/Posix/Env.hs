-- | unix-2.7.2.2's System.Posix.Env (clean-room, hs2stg): over base's
-- System.Environment, whose overlay is the run's environment (so both
-- packages see the same variables).
module System.Posix.Env
  ( getEnv
  , getEnvDefault
  , getEnvironmentPrim
  , getEnvironment
  , setEnvironment
  , putEnv
  , setEnv
  , unsetEnv
  , clearEnv
    , zz_getEnvironment2, zz_unsetEnv2
  ) where

import qualified System.Environment as E
import System.Posix.Hs2stg (refuse)
import Foreign.C.String (CString, peekCString)

getEnv :: String -> IO (Maybe String)
getEnv = E.lookupEnv

getEnvDefault :: String -> String -> IO String
getEnvDefault name def = fmap (maybe def id) (E.lookupEnv name)

-- | The entries as environ has them, "NAME=value".
getEnvironmentPrim :: IO [String]
getEnvironmentPrim = fmap (map (\(k, v) -> k ++ "=" ++ v)) E.getEnvironment

getEnvironment :: IO [(String, String)]
getEnvironment = E.getEnvironment

setEnvironment :: [(String, String)] -> IO ()
setEnvironment env = do
  clearEnv
  mapM_ (\(k, v) -> setEnv k v True) env

unsetEnv :: String -> IO ()
unsetEnv = E.unsetEnv

-- | "NAME=value" (the text up to the first '=' the name).
putEnv :: String -> IO ()
putEnv entry = case break (== '=') entry of
  (k, '=' : v) -> setEnv k v True
  _ -> unsetEnv entry

-- | setenv(3): with overwrite False an existing variable stays. An empty
-- value is refused: base's environment overlay cannot hold one.
setEnv :: String -> String -> Bool -> IO ()
setEnv key value overwrite = do
  old <- E.lookupEnv key
  case old of
    Just _ | not overwrite -> return ()
    _
      | null value -> refuse "System.Posix.Env.setEnv" "an empty value (hs2stg's environment cannot hold one)"
      | otherwise -> E.setEnv key value

clearEnv :: IO ()
clearEnv = E.getEnvironment >>= mapM_ (E.unsetEnv . fst)


-- -O1 internals (the installed interface's names): an environ entry split
-- at its first '=', and unsetenv on a C string.
zz_getEnvironment2 :: String -> (String, String)
zz_getEnvironment2 s = let (k, v) = break (== '=') s in (k, drop 1 v)

zz_unsetEnv2 :: CString -> IO ()
zz_unsetEnv2 p = peekCString p >>= unsetEnv
