-- GHC.IO.Handle.Internals.flushByteWriteBuffer and closeTextCodecs through
-- withHandle_: at -O0 the file table's; -O1 code inlines GHC's, which read
-- the Handle__'s byte buffer (empty: the table holds the written bytes and
-- flushes them where GHC does) and its encoder and decoder.

import GHC.IO.Handle.Internals
import System.IO

main :: IO ()
main = do
  h <- openFile "bb.txt" WriteMode
  hPutStr h "first\nsecond\n"
  withHandle_ "flushByteWriteBuffer" h flushByteWriteBuffer
  hFileSize h >>= print
  withHandle_ "closeTextCodecs" h closeTextCodecs
  hClose h
  readFile "bb.txt" >>= putStr
