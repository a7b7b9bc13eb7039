-- | hs2stg's own calls behind the unix package (not a module of unix): the
-- machine's ux* primops (src/ministg/primops/unix.ts, reached through
-- preludes/base/FFI+Unix.stg) for what base's POSIX layer has no C call
-- for: ids, user and group entries, uname, limits, temporary files,
-- pipes, sleeping and the clock.
module System.Posix.Hs2stg
  ( uxInt
  , uxText
  , uxTextWith
  , fields
  , splitOn
  , refuse
  ) where

import Foreign.C.Error (throwErrno)
import Foreign.C.String (CString, peekCString, withCString)
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (nullPtr)

foreign import ccall unsafe "hs2stg_ux_int" c_int :: Int -> Int -> IO Int
foreign import ccall unsafe "hs2stg_ux_text" c_text :: Int -> CString -> Int -> IO Int
foreign import ccall unsafe "hs2stg_ux_answer" c_answer :: CString -> IO Int

-- | Operation op of uxInt# on x.
uxInt :: Int -> Int -> IO Int
uxInt = c_int

-- | Operation op of uxText# on a number: the text, Nothing for no such
-- entry; a failure throws errno's IOError at loc.
uxText :: String -> Int -> Int -> IO (Maybe String)
uxText loc op x = answered loc (c_text op nullPtr x)

-- | Operation op of uxText# on a string (and a number).
uxTextWith :: String -> Int -> String -> Int -> IO (Maybe String)
uxTextWith loc op s x = withCString s $ \p -> answered loc (c_text op p x)

answered :: String -> IO Int -> IO (Maybe String)
answered loc call = do
  n <- call
  if n == -2
    then return Nothing
    else
      if n < 0
        then throwErrno loc
        else allocaBytes (n + 1) $ \buf -> do
          _ <- c_answer buf
          fmap Just (peekCString buf)

-- | The colon-separated fields of a database line.
fields :: String -> [String]
fields = splitOn ':'

splitOn :: Char -> String -> [String]
splitOn c s = case break (== c) s of
  (a, []) -> [a]
  (a, _ : rest) -> a : splitOn c rest

-- | A function hs2stg does not support: a user error naming it and why.
refuse :: String -> String -> IO a
refuse fun why = ioError (userError ("hs2stg: " ++ fun ++ " is not supported: " ++ why))
