{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.IO. hs2stg's version goes through
-- base's String handles (System.IO), so encoding and newline mode are the
-- handle's, as text's are. Reads are strict: the whole input is read.
-- hGetChunk reads raw bytes (hGetSome) and decodes them itself, with GHC's
-- buffer sizes, so its chunks are GHC's (see Data.Text.Internal.IO).
module Data.Text.IO
  ( readFile,
    writeFile,
    appendFile,
    hGetContents,
    hGetLine,
    hGetChunk,
    hPutStr,
    hPutStrLn,
    interact,
    getContents,
    getLine,
    putStr,
    putStrLn,
    zz_appendFile1,
    zz_appendFile2,
    zz_writeFile1,
    zz_getContents2,
  )
where

import Data.Text.Internal (Text (..))
import Data.Text.Internal.IO (getChunk)
import Data.Text.Show (pack, unpack)
import System.IO (Handle, stdin, stdout)
import GHC.IO (IO (..))
import GHC.Exts (RealWorld, State#)
import qualified System.IO as S
import Prelude hiding (appendFile, getContents, getLine, interact, putStr, putStrLn, readFile, writeFile)

-- | A text read in full (forced before the action returns).
strictly :: String -> IO Text
strictly s = let t@(Text _ _ n) = pack s in n `seq` return t

readFile :: FilePath -> IO Text
readFile f = S.openFile f S.ReadMode >>= hGetContents

writeFile :: FilePath -> Text -> IO ()
writeFile f t = S.writeFile f (unpack t)

appendFile :: FilePath -> Text -> IO ()
appendFile f t = S.appendFile f (unpack t)

hGetContents :: Handle -> IO Text
hGetContents h = do
  t <- S.hGetContents h >>= strictly
  S.hClose h
  return t

hGetLine :: Handle -> IO Text
hGetLine h = S.hGetLine h >>= strictly

hPutStr :: Handle -> Text -> IO ()
hPutStr h t = S.hPutStr h (unpack t)

hPutStrLn :: Handle -> Text -> IO ()
hPutStrLn h t = S.hPutStrLn h (unpack t)

interact :: (Text -> Text) -> IO ()
interact f = getContents >>= putStr . f

getContents :: IO Text
getContents = hGetContents stdin

-- | The next chunk of the handle's text, as GHC's handle buffer holds it
-- (empty at the end of input).
hGetChunk :: Handle -> IO Text
hGetChunk = getChunk

getLine :: IO Text
getLine = hGetLine stdin

putStr :: Text -> IO ()
putStr = hPutStr stdout

putStrLn :: Text -> IO ()
putStrLn = hPutStrLn stdout

-- Workers GHC's -O1 callers use (named by the generator) ----------------------

zz_appendFile1 :: FilePath -> Text -> State# RealWorld -> (# State# RealWorld, () #)
zz_appendFile1 f t s = case appendFile f t of IO io -> io s

zz_appendFile2 :: Handle -> Text -> State# RealWorld -> (# State# RealWorld, () #)
zz_appendFile2 h t s = case hPutStr h t of IO io -> io s

zz_writeFile1 :: FilePath -> Text -> State# RealWorld -> (# State# RealWorld, () #)
zz_writeFile1 f t s = case writeFile f t of IO io -> io s

zz_getContents2 :: Handle -> State# RealWorld -> (# State# RealWorld, Text #)
zz_getContents2 h s = case hGetContents h of IO io -> io s
