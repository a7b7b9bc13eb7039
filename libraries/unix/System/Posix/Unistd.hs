-- | unix-2.7.2.2's System.Posix.Unistd (clean-room, hs2stg).
module System.Posix.Unistd
  ( SystemID (..)
  , getSystemID
  , sleep
  , usleep
  , nanosleep
  , SysVar (..)
  ) where

import System.Posix.Hs2stg (splitOn, uxInt, uxText)

data SystemID = SystemID
  { systemName :: String
  , nodeName :: String
  , release :: String
  , version :: String
  , machine :: String
  }

-- | uname(2), as Node's os module reports it.
getSystemID :: IO SystemID
getSystemID = do
  t <- uxText "getSystemID" 6 0
  case fmap (splitOn '\n') t of
    Just [a, b, c, d, e] -> return (SystemID a b c d e)
    _ -> ioError (userError "hs2stg: getSystemID: uname gave no five fields")

-- | Sleeps n seconds; 0 left (no signal interrupts the machine's sleep).
sleep :: Int -> IO Int
sleep n = uxInt 6 (n * 1000000) >> return 0

usleep :: Int -> IO ()
usleep n = uxInt 6 n >> return ()

nanosleep :: Integer -> IO ()
nanosleep n = uxInt 6 (fromInteger (n `div` 1000)) >> return ()

data SysVar
  = ArgumentLimit
  | ChildLimit
  | ClockTick
  | GroupLimit
  | OpenFileLimit
  | PosixVersion
  | HasSavedIDs
  | HasJobControl
