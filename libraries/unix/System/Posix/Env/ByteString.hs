-- | unix-2.7.2.2's System.Posix.Env.ByteString (clean-room, hs2stg): the
-- environment and arguments as bytes, through System.Posix.Env's Strings
-- and the file system encoding.
module System.Posix.Env.ByteString
  ( getEnv, getEnvDefault, getEnvironmentPrim, getEnvironment
  , putEnv, setEnv, unsetEnv, getArgs
  ) where

import Data.ByteString (ByteString)
import System.Posix.ByteString.FilePath (fromString, toString)
import qualified System.Environment as Sys
import qualified System.Posix.Env as E

getEnv :: ByteString -> IO (Maybe ByteString)
getEnv k = toString k >>= E.getEnv >>= maybe (return Nothing) (fmap Just . fromString)

getEnvDefault :: ByteString -> ByteString -> IO ByteString
getEnvDefault k d = fmap (maybe d id) (getEnv k)

getEnvironmentPrim :: IO [ByteString]
getEnvironmentPrim = E.getEnvironmentPrim >>= mapM fromString

getEnvironment :: IO [(ByteString, ByteString)]
getEnvironment = E.getEnvironment >>= mapM (\(k, v) -> (,) <$> fromString k <*> fromString v)

putEnv :: ByteString -> IO ()
putEnv e = toString e >>= E.putEnv

setEnv :: ByteString -> ByteString -> Bool -> IO ()
setEnv k v o = do
  a <- toString k
  b <- toString v
  E.setEnv a b o

unsetEnv :: ByteString -> IO ()
unsetEnv k = toString k >>= E.unsetEnv

getArgs :: IO [ByteString]
getArgs = Sys.getArgs >>= mapM fromString
