-- | unix-2.7.2.2's System.Posix.Temp (clean-room, hs2stg): mkstemp(3) and
-- mkdtemp(3) through the machine's uxText# (six random letters or digits
-- for the template's XXXXXX, the file created exclusively, mode 0600).
module System.Posix.Temp (mkstemp, mkstemps, mkdtemp  , zz_mkstemp2, zz_mkdtemp2
  ) where

import qualified GHC.IO.Handle.FD as FD
import System.IO (Handle)
import System.Posix.Hs2stg (uxTextWith)
import Foreign.C.String (CString, peekCString)

-- | The prefix with XXXXXX appended, as unix's mkstemp does.
mkstemp :: String -> IO (FilePath, Handle)
mkstemp prefix = temp "mkstemp" prefix ""

mkstemps :: String -> String -> IO (FilePath, Handle)
mkstemps = temp "mkstemps"

temp :: String -> String -> String -> IO (FilePath, Handle)
temp loc prefix suffix = created loc 9 (prefix ++ "XXXXXX" ++ suffix) (length suffix)

created :: String -> Int -> String -> Int -> IO (FilePath, Handle)
created loc op template suffix = do
  t <- uxTextWith loc op template suffix
  case t of
    Just s -> do
      let (fd, name) = break (== '\n') s
      h <- FD.fdToHandle (read fd)
      return (drop 1 name, h)
    Nothing -> ioError (userError ("hs2stg: " ++ loc ++ " gave no file"))

mkdtemp :: String -> IO FilePath
mkdtemp prefix = do
  t <- uxTextWith "mkdtemp" 10 (prefix ++ "XXXXXX") 0
  return (maybe "" id t)


-- -O1 internals: the template already has its XXXXXX.
zz_mkstemp2 :: CString -> IO (FilePath, Handle)
zz_mkstemp2 p = peekCString p >>= \t -> created "mkstemp" 9 t 0

zz_mkdtemp2 :: CString -> IO FilePath
zz_mkdtemp2 p = peekCString p >>= \t -> fmap (maybe "" id) (uxTextWith "mkdtemp" 10 t 0)
