-- GHC.IO.Handle.Internals' Handle__ operations through the withHandle
-- family: hClose_help, the buffer flushes (flushByteWriteBuffer and
-- closeTextCodecs: internals-record.hs),
-- checkHandleInvariants, wantReadableHandle_'s check, handleFinalizer,
-- initBufferState and ioe_finalizedHandle.

import Control.Exception
import Data.Maybe (isNothing)
import GHC.IO.Buffer (BufferState (..))
import GHC.IO.Handle.Internals
import GHC.IO.Handle.Types
import System.IO

try' :: Show a => IO a -> IO ()
try' act = do
  r <- try act
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: IOException))
    Right v -> print v

main :: IO ()
main = do
  h <- openFile "in.txt" WriteMode
  hPutStr h "first\nsecond\n"
  withHandle_ "flushCharBuffer" h flushCharBuffer
  withHandle_ "checkHandleInvariants" h checkHandleInvariants
  r <- withHandle "hClose_help" h hClose_help
  print (isNothing r)
  hIsClosed h >>= print
  try' (hPutStr h "more")
  readFile "in.txt" >>= putStr
  g <- openFile "in.txt" ReadMode
  c <- hGetChar g
  withHandle_ "flushCharReadBuffer" g flushCharReadBuffer
  withHandle_ "flushByteReadBuffer" g flushByteReadBuffer
  l <- hGetLine g
  print (c, l)
  s <- wantReadableHandle_ "mine" g (\_ -> return "readable")
  putStrLn s
  case g of
    FileHandle fp mv -> handleFinalizer fp mv
    DuplexHandle {} -> return ()
  hIsClosed g >>= print
  try' (hGetLine g)
  w <- openFile "out.txt" WriteMode
  try' (wantReadableHandle_ "mine" w (\_ -> return "no"))
  hClose w
  try' (wantReadableHandle_ "mine" w (\_ -> return "no"))
  print (map initBufferState [ReadHandle, WriteHandle, AppendHandle, ReadWriteHandle] == [ReadBuffer, WriteBuffer, WriteBuffer, WriteBuffer])
  r2 <- try (evaluate (ioe_finalizedHandle "gone.txt") >> return ())
  either (\e -> putStrLn ("error: " ++ show (e :: IOException))) return r2
