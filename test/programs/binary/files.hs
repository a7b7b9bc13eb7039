-- binary: encodeFile, decodeFile and decodeFileOrFail on files of the
-- program's directory (a map, a generated file of records read back with
-- a Get, a truncated file, a file of the wrong type), and the error
-- decodeFile raises.
import Control.Exception (ErrorCall, try)
import Data.Binary
import Data.Binary.Get
import Data.Binary.Put
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.Map as M

records :: [(Word16, String, Double)]
records = [(fromIntegral i, replicate (i `mod` 5) (toEnum (97 + i `mod` 26)), fromIntegral i / 8) | i <- [1 .. 300 :: Int]]

main :: IO ()
main = do
  let m = M.fromList [(k, show (k * k)) | k <- [1 .. 50 :: Int]]
  encodeFile "map.bin" m
  m' <- decodeFile "map.bin"
  print (m' == m, M.size (m' :: M.Map Int String))
  r <- decodeFileOrFail "map.bin" :: IO (Either (ByteOffset, String) (M.Map Int String))
  print (fmap M.size r)
  -- a file bigger than decodeFile's reads, so the decoder gets several chunks
  encodeFile "blob.bin" (B.replicate 40000 7, "end")
  (blob, end) <- decodeFile "blob.bin"
  print (B.length blob, B.all (== 7) blob, end :: String)
  -- a file written with Put, read back with a Get
  L.writeFile "records.bin" (runPut (mapM_ (\(a, b, c) -> putWord16le a >> put b >> putDoublebe c) records))
  bytes <- L.readFile "records.bin"
  print (L.length bytes)
  let getRecord = (,,) <$> getWord16le <*> get <*> getDoublebe
      getAll = do
        end <- isEmpty
        if end then return [] else (:) <$> getRecord <*> getAll
  let back = runGet getAll bytes
  print (length back, back == records, take 3 back, last back)
  -- a truncated copy
  L.writeFile "short.bin" (L.take 30 (encode m))
  s <- decodeFileOrFail "short.bin" :: IO (Either (ByteOffset, String) (M.Map Int String))
  print s
  -- the wrong type: a String's length read as a huge list of Int
  encodeFile "string.bin" "not a list of pairs"
  w <- decodeFileOrFail "string.bin" :: IO (Either (ByteOffset, String) [(Int, Int)])
  print w
  e <- try (decodeFile "short.bin" :: IO (M.Map Int String))
  print (either (Left . (show :: ErrorCall -> String)) (Right . M.size) e)
  encodeFile "unit.bin" ()
  u <- decodeFileOrFail "unit.bin" :: IO (Either (ByteOffset, String) ())
  print u
  L.readFile "unit.bin" >>= print . L.length
