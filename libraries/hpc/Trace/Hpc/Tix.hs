-- Trace.Hpc.Tix (hpc-0.6.1.0), clean-room: the .tix file's data (each
-- module's name, hash, tick count and ticks) in its Read/Show form.
module Trace.Hpc.Tix
  ( Tix (..), TixModule (..)
  , tixModuleName, tixModuleHash, tixModuleTixs
  , readTix, writeTix, getTixFileName
  ) where

import System.FilePath (replaceExtension)
import Trace.Hpc.Util (Hash, catchIO, readFileUtf8, writeFileUtf8)

data Tix = Tix [TixModule]
  deriving (Read, Show, Eq)

data TixModule = TixModule String Hash Int [Integer]
  deriving (Read, Show, Eq)

tixModuleName :: TixModule -> String
tixModuleName (TixModule nm _ _ _) = nm

tixModuleHash :: TixModule -> Hash
tixModuleHash (TixModule _ h _ _) = h

tixModuleTixs :: TixModule -> [Integer]
tixModuleTixs (TixModule _ _ _ tixs) = tixs

-- Nothing when the file cannot be read; the contents are parsed lazily.
readTix :: String -> IO (Maybe Tix)
readTix tixFilename =
  catchIO
    (fmap (Just . read) (readFileUtf8 tixFilename))
    (\_ -> return Nothing)

writeTix :: String -> Tix -> IO ()
writeTix name tix = writeFileUtf8 name (show tix)

getTixFileName :: String -> String
getTixFileName str = replaceExtension str "tix"
