-- FNV-1a hashing with Word64 and Word32, a tiny xorshift generator and a checksum.
import Data.Bits
import Data.Char (ord)
import Data.Word

fnv1a64 :: String -> Word64
fnv1a64 = foldl step 0xcbf29ce484222325
  where
    step h c = (h `xor` fromIntegral (ord c)) * 0x100000001b3

fnv1a32 :: String -> Word32
fnv1a32 = foldl step 0x811c9dc5
  where
    step h c = (h `xor` fromIntegral (ord c)) * 0x01000193

xorshift64 :: Word64 -> Word64
xorshift64 x0 =
  let x1 = x0 `xor` (x0 `shiftL` 13)
      x2 = x1 `xor` (x1 `shiftR` 7)
   in x2 `xor` (x2 `shiftL` 17)

adler32 :: String -> Word32
adler32 s = go 1 0 s
  where
    go a b [] = (b `shiftL` 16) .|. a
    go a b (c : cs) =
      let a' = (a + fromIntegral (ord c)) `mod` 65521
          b' = (b + a') `mod` 65521
       in go a' b' cs

toHex :: Word64 -> String
toHex w = [digit (fromIntegral ((w `shiftR` (4 * i)) .&. 0xf)) | i <- [15, 14 .. 0]]
  where
    digit :: Int -> Char
    digit d = "0123456789abcdef" !! d

main :: IO ()
main = do
  let ws = ["", "a", "foobar", "hello world", "The quick brown fox jumps over the lazy dog"]
  mapM_ (\w -> putStrLn (show w ++ " " ++ show (fnv1a64 w) ++ " " ++ toHex (fnv1a64 w) ++ " " ++ show (fnv1a32 w))) ws
  print (take 5 (iterate xorshift64 88172645463325252))
  print (map adler32 ["Wikipedia", "abc"])
  let buckets = map (\w -> fnv1a64 w `mod` 8) ws
  print buckets
  print (foldr xor 0 (map fnv1a64 ws), popCount (fnv1a64 "popcount"))
