{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.IO, through base's String
-- handles (System.IO): reads are lazy, as text's are.
module Data.Text.Lazy.IO
  ( readFile,
    writeFile,
    appendFile,
    hGetContents,
    hGetLine,
    hPutStr,
    hPutStrLn,
    interact,
    getContents,
    getLine,
    putStr,
    putStrLn,
    zz_getContents2,
    zz_interact2,
  )
where

import Data.Text.Internal.Lazy (Text)
import Data.Text.Lazy (pack, unpack)
import qualified Data.Text.Internal as T (Text)
import qualified Data.Text as T (unpack)
import System.IO (Handle, stdin, stdout)
import GHC.IO (IO (..))
import GHC.Exts (RealWorld, State#)
import qualified System.IO as S
import Prelude hiding (appendFile, getContents, getLine, interact, putStr, putStrLn, readFile, writeFile)

readFile :: FilePath -> IO Text
readFile f = fmap pack (S.readFile f)

writeFile :: FilePath -> Text -> IO ()
writeFile f t = S.writeFile f (unpack t)

appendFile :: FilePath -> Text -> IO ()
appendFile f t = S.appendFile f (unpack t)

hGetContents :: Handle -> IO Text
hGetContents h = fmap pack (S.hGetContents h)

hGetLine :: Handle -> IO Text
hGetLine h = do
  l <- S.hGetLine h
  let t = pack l
  t `seq` return t

hPutStr :: Handle -> Text -> IO ()
hPutStr h t = S.hPutStr h (unpack t)

hPutStrLn :: Handle -> Text -> IO ()
hPutStrLn h t = S.hPutStrLn h (unpack t)

interact :: (Text -> Text) -> IO ()
interact f = getContents >>= putStr . f

getContents :: IO Text
getContents = hGetContents stdin

getLine :: IO Text
getLine = hGetLine stdin

putStr :: Text -> IO ()
putStr = hPutStr stdout

putStrLn :: Text -> IO ()
putStrLn = hPutStrLn stdout

zz_getContents2 :: Handle -> State# RealWorld -> (# State# RealWorld, Text #)
zz_getContents2 h s = case hGetContents h of IO io -> io s

-- interact's output step as -O1 code calls it: the result's chunks (strict
-- texts), written to stdout in order.
zz_interact2 :: [T.Text] -> State# RealWorld -> (# State# RealWorld, () #)
zz_interact2 cs s = case mapM_ (S.putStr . T.unpack) cs of IO io -> io s
