-- One handle read by several readers in turn: Prelude's getLine, bytestring's
-- and text's line and chunk reads, hLookAhead and hGetBuf, on stdin and on
-- files (UTF-8, CRLF input with a NewlineMode, no final newline, empty),
-- each going on where the one before stopped.

import Control.Exception
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.IO as TLIO
import Foreign
import System.IO

attempt :: Show a => String -> IO a -> IO ()
attempt what act = do
  r <- try act
  case r of
    Left e -> putStrLn (what ++ ": error: " ++ show (e :: IOException))
    Right v -> putStrLn (what ++ ": " ++ show v)

main :: IO ()
main = do
  -- stdin: Prelude, bytestring and text lines in turn, then a look ahead,
  -- raw bytes and the rest as lazy text
  attempt "getLine" getLine
  attempt "B.getLine" B.getLine
  attempt "T.getLine" TIO.getLine
  attempt "hLookAhead" (hLookAhead stdin)
  attempt "getLine" getLine
  attempt "hGetBuf" $ allocaBytes 8 $ \p -> do
    n <- hGetBuf stdin p 6
    bs <- B.packCStringLen (castPtr p, n)
    return (n, bs)
  attempt "B.hGetSome" (B.hGetSome stdin 3)
  attempt "rest" (TLIO.getContents >>= \t -> return (TL.lines t))
  -- a UTF-8 file with CRLF lines and no final newline
  writeFile "m.txt" "caf\233 one\r\ntwo \8364\r\nthree\r\nlast"
  h <- openFile "m.txt" ReadMode
  hSetEncoding h utf8
  hSetNewlineMode h universalNewlineMode
  attempt "hGetLine" (hGetLine h)
  attempt "T.hGetLine" (TIO.hGetLine h)
  attempt "B.hGetLine" (B.hGetLine h)
  attempt "hLookAhead" (hLookAhead h)
  attempt "T.hGetChunk" (TIO.hGetChunk h)
  attempt "T.hGetChunk" (TIO.hGetChunk h)
  attempt "B.hGetLine" (B.hGetLine h)
  attempt "hIsEOF" (hIsEOF h)
  hClose h
  attempt "T.readFile" (TIO.readFile "m.txt")
  attempt "TL.readFile" (TLIO.readFile "m.txt" >>= \t -> return (TL.toChunks t))
  h2 <- openFile "m.txt" ReadMode
  hSetNewlineMode h2 universalNewlineMode
  attempt "TL.hGetContents" (TLIO.hGetContents h2 >>= \t -> return (TL.lines t))
  -- an empty file
  writeFile "e.txt" ""
  e <- openFile "e.txt" ReadMode
  attempt "B.hGetLine" (B.hGetLine e)
  attempt "T.hGetLine" (TIO.hGetLine e)
  attempt "T.hGetChunk" (TIO.hGetChunk e)
  attempt "hGetBufNonBlocking" (allocaBytes 4 $ \p -> hGetBufNonBlocking e p 4)
  attempt "hLookAhead" (hLookAhead e)
  hClose e
  -- bytes written with hPutBuf, read back in pieces
  w <- openBinaryFile "b.bin" WriteMode
  allocaBytes 10 $ \p -> do
    mapM_ (\i -> pokeByteOff p i (fromIntegral (48 + i) :: Word8)) [0 .. 9]
    hPutBuf w p 10
  hClose w
  r <- openBinaryFile "b.bin" ReadMode
  attempt "B.hGet" (B.hGet r 3)
  attempt "hGetBufNonBlocking" $ allocaBytes 4 $ \p -> do
    n <- hGetBufNonBlocking r p 4
    B.packCStringLen (castPtr p, n)
  attempt "B.hGetNonBlocking" (B.hGetNonBlocking r 10)
  attempt "B.hGetLine" (B.hGetLine r)
  hClose r
