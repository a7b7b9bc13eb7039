-- XDG base directories and the documents directory, from the environment
-- the program sets (HOME, XDG_*), as directory documents them.
import System.Directory
import System.Environment

vars :: [String]
vars = ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_DIRS", "XDG_CONFIG_DIRS"]

main :: IO ()
main = do
  setEnv "HOME" "/home/someone"
  mapM_ unsetEnv vars
  let kinds = [minBound .. maxBound] :: [XdgDirectory]
      lists = [minBound .. maxBound] :: [XdgDirectoryList]
  mapM_ (\k -> getXdgDirectory k "app/conf.ini" >>= print) kinds
  mapM_ (\k -> getXdgDirectory k "" >>= print) kinds
  mapM_ (\k -> getXdgDirectory k "/absolute/path" >>= print) kinds
  mapM_ (\k -> getXdgDirectoryList k >>= print) lists
  getUserDocumentsDirectory >>= print
  getHomeDirectory >>= print
  setEnv "HOME" "/h/"
  getXdgDirectory XdgData "." >>= print
  getXdgDirectory XdgCache "a/./b/" >>= print
  setEnv "XDG_DATA_HOME" "/data/home/"
  setEnv "XDG_CONFIG_HOME" "relative/conf"
  setEnv "XDG_CACHE_HOME" "/c//x/./y"
  setEnv "XDG_DATA_DIRS" "/a:/b/::rel:/c/"
  setEnv "XDG_CONFIG_DIRS" ""
  mapM_ (\k -> getXdgDirectory k "app/../x" >>= print) kinds
  getXdgDirectory XdgData "" >>= print
  mapM_ (\k -> getXdgDirectoryList k >>= print) lists
  setEnv "XDG_DATA_DIRS" ":"
  setEnv "XDG_CONFIG_DIRS" "/etc/one:/etc/two"
  mapM_ (\k -> getXdgDirectoryList k >>= print) lists
  getUserDocumentsDirectory >>= print
