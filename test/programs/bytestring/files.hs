-- File round trips with strict and lazy ByteStrings in a temporary
-- directory of the program's own: raw bytes (every value 0..255), append,
-- handles, hGet/hGetLine/hGetContents, and errors.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import System.IO
import System.Directory
import Control.Exception

main :: IO ()
main = do
  -- the harness runs this in an empty directory of its own (a sandbox)
  let d = "hs2stg-bytestring-files"
  createDirectoryIfMissing True d
  let f = d ++ "/bytes.bin"
      all256 = B.pack [0 .. 255]
  B.writeFile f all256
  back <- B.readFile f
  print (back == all256, B.length back, B.take 4 (B.drop 126 back))
  B.appendFile f (C.pack "tail\n")
  back2 <- B.readFile f
  print (B.length back2, B.drop 256 back2)
  s <- readFile (d ++ "/none") `catch` \e -> return (show (e :: IOException))
  putStrLn s
  -- lines through a handle
  C.writeFile f (C.pack "first line\nsecond\n\nlast no newline")
  h <- openBinaryFile f ReadMode
  l1 <- C.hGetLine h
  l2 <- C.hGetLine h
  l3 <- C.hGetLine h
  l4 <- C.hGetLine h
  print [l1, l2, l3, l4]
  r <- try (C.hGetLine h)
  print (either (\e -> show (e :: IOException)) show r)
  hClose h
  h2 <- openBinaryFile f ReadMode
  a <- B.hGet h2 5
  b <- B.hGetSome h2 3
  rest <- B.hGetContents h2
  print (a, b, rest)
  -- lazy write and read of a larger file
  let big = LC.unlines [LC.pack (show n) | n <- [1 .. 3000 :: Int]]
  L.writeFile f big
  lz <- L.readFile f
  print (L.length lz, LC.count '\n' lz, L.take 20 lz == L.take 20 big)
  print (sum [n | Just (n, _) <- map LC.readInt (LC.lines lz)])
  -- handles: hPut, hPutStr, hPutStrLn
  withBinaryFile f WriteMode $ \w -> do
    B.hPut w (C.pack "put ")
    C.hPutStrLn w (C.pack "line")
    LC.hPutStr w (LC.pack "lazy")
    L.hPut w (LC.pack "!\n")
  C.readFile f >>= C.putStr
  removeFile (d ++ "/bytes.bin")
  doesFileExist (d ++ "/bytes.bin") >>= print
