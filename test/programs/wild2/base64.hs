-- Base64 encoding and decoding (RFC 4648) over ByteString with Data.Bits,
-- plus hex dumps.
module Main (main) where

import qualified Data.ByteString as BS
import qualified Data.ByteString.Char8 as BC
import Data.Bits
import Data.Word
import Data.Char (ord, chr)
import qualified Data.Map as M
import Text.Printf (printf)
import Data.List (unfoldr)

alphabet :: String
alphabet = ['A' .. 'Z'] ++ ['a' .. 'z'] ++ ['0' .. '9'] ++ "+/"

encode :: BS.ByteString -> String
encode bs = concat (unfoldr chunk (BS.unpack bs))
  where
    chunk [] = Nothing
    chunk ws = let (g, rest) = splitAt 3 ws in Just (enc g, rest)
    enc g =
      let n = foldl (\a w -> (a `shiftL` 8) .|. fromIntegral w) (0 :: Word32) (take 3 (g ++ [0, 0]))
          idx k = fromIntegral ((n `shiftR` (18 - 6 * k)) .&. 63)
          chars = map ((alphabet !!) . idx) [0 .. 3]
      in take (length g + 1) chars ++ replicate (3 - length g) '='

decode :: String -> Either String BS.ByteString
decode s = BS.pack . concat <$> mapM group4 (chunks (filter (/= '=') s))
  where
    table = M.fromList (zip alphabet [0 :: Word32 ..])
    chunks [] = []
    chunks xs = let (a, b) = splitAt 4 xs in a : chunks b
    group4 cs = do
      vs <- mapM (\c -> maybe (Left ("bad char " ++ show c)) Right (M.lookup c table)) cs
      let n = foldl (\a v -> (a `shiftL` 6) .|. v) 0 (take 4 (vs ++ [0, 0, 0]))
          bytes = [fromIntegral (n `shiftR` 16), fromIntegral (n `shiftR` 8), fromIntegral n] :: [Word8]
      return (take (length cs - 1) bytes)

hexdump :: BS.ByteString -> IO ()
hexdump bs = mapM_ line (zip [0 :: Int, 16 ..] (rows (BS.unpack bs)))
  where
    rows [] = []
    rows xs = let (a, b) = splitAt 16 xs in a : rows b
    line (off, ws) = do
      printf "%08x  " off
      mapM_ (printf "%02x ") ws
      putStrLn (replicate (3 * (16 - length ws)) ' ' ++ " |" ++ map (\w -> if w >= 32 && w < 127 then chr (fromIntegral w) else '.') ws ++ "|")

main :: IO ()
main = do
  let samples = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."]
  mapM_ (\s -> putStrLn (show s ++ " -> " ++ encode (BC.pack s))) samples
  print (decode "TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu")
  print (decode "Zm9v!mFy")
  let bin = BS.pack [0 .. 40]
  print (fmap (== bin) (decode (encode bin)))
  hexdump (BS.append (BC.pack "Hello, hexdump!\n\t") bin)
  print (BS.foldl' (\a w -> a + fromIntegral w) (0 :: Int) bin, BS.index bin 7, BS.reverse (BS.take 3 bin))
  print (map ord (BC.unpack (BC.map succ (BC.pack "HAL"))))
