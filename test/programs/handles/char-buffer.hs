-- The Handle__'s haCharBuffer as GHC's wrappers give it: an empty
-- CharBuffer of GHC's size and state for each mode, a closed handle's
-- GHC's noCharBuffer (one character, a read buffer).

import GHC.IO.Handle.Internals
import GHC.IO.Handle.Types
import GHC.IO.Buffer
import Data.IORef
import System.IO
info :: Handle -> IO ()
info h = withHandle_ "x" h (\h_ -> do b <- readIORef (haCharBuffer h_); return (isEmptyBuffer b, isWriteBuffer b, bufSize b)) >>= print
main :: IO ()
main = do
  h <- openFile "cb.txt" WriteMode
  info h
  hClose h
  info h
  r <- openFile "cb.txt" ReadMode
  info r
  hClose r
  a <- openFile "cb.txt" AppendMode
  info a
  hClose a
  rw <- openFile "cb.txt" ReadWriteMode
  info rw
  mapM_ info [stdin, stdout, stderr]
