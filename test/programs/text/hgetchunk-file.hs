-- Data.Text.IO.hGetChunk on files: the length of each successive chunk is
-- GHC's handle buffering (8192-byte reads decoded 2048 characters at a
-- time, multi-byte characters cut by a read finished by the next one),
-- then the errors for bytes that are not UTF-8 and for a cut-off end, and
-- String reads of the same file going on where a chunk stopped.
import Control.Exception
import qualified Data.ByteString as B
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import System.IO

chunks :: Handle -> IO ()
chunks h = do
  t <- TIO.hGetChunk h
  if T.null t
    then putStrLn "end"
    else print (T.length t, T.take 3 t, T.takeEnd 2 t) >> chunks h

file :: FilePath -> IO ()
file f = do
  r <- try (withFile f ReadMode chunks)
  either (\e -> putStrLn ("error: " ++ show (e :: IOException))) return r

main :: IO ()
main = do
  writeFile "chunks.txt" (concat ["line " ++ show i ++ " \233 \x10000\n" | i <- [0 .. 2000 :: Int]])
  file "chunks.txt"
  writeFile "small.txt" "just a line\n"
  file "small.txt"
  writeFile "empty.txt" ""
  file "empty.txt"
  B.writeFile "bad.bin" (B.pack ([97, 98, 0xc3, 0xa9, 99, 0xff] ++ replicate 5 120))
  file "bad.bin"
  B.writeFile "cut.bin" (B.pack [97, 98, 0xe2, 0x82])
  file "cut.bin"
  h <- openFile "small.txt" ReadMode
  hClose h
  r <- try (TIO.hGetChunk h)
  print (r :: Either IOException T.Text)
  m <- openFile "chunks.txt" ReadMode
  c <- TIO.hGetChunk m
  l <- hGetLine m
  rest <- TIO.hGetContents m
  print (T.length c, T.takeEnd 5 c, l, T.length rest, T.take 12 rest)
