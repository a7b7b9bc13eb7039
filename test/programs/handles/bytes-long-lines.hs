-- bytestring's hGetLine on lines longer than the Handle__'s byte buffer
-- (8192 bytes: at -O1 the line is joined from the buffer's chunks), on a
-- file and on stdin, with a last line without its newline.

import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import Control.Exception
import System.IO

describe :: B.ByteString -> String
describe l = show (B.length l, BC.take 12 l, BC.drop (B.length l - 12) l)

lines' :: Handle -> IO ()
lines' h = do
  r <- try (B.hGetLine h)
  case r of
    Left e -> putStrLn ("end: " ++ show (e :: IOException))
    Right l -> putStrLn (describe l) >> lines' h

main :: IO ()
main = do
  let long n c = BC.pack (take n (cycle ['a' .. c]))
  B.writeFile "long.txt" (B.concat
    [ long 20000 'z', BC.pack "\n", BC.pack "short\n", long 8191 'q', BC.pack "\n"
    , long 8192 'k', BC.pack "\n", BC.pack "\n", long 16385 'x' ])
  h <- openFile "long.txt" ReadMode
  lines' h
  hClose h
  lines' stdin
