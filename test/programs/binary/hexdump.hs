-- binary: the exact bytes of encode (hex dumps), Put's explicit encodings
-- and the chunks of the lazy ByteString runPut gives.
import Data.Binary
import Data.Binary.Put
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import Data.Char (intToDigit)
import Data.Int
import qualified Data.Map as M
import qualified Data.Set as Set
import Numeric.Natural (Natural)

hex :: L.ByteString -> String
hex = unwords . map byte . L.unpack
  where
    byte w = [intToDigit (fromIntegral (w `div` 16)), intToDigit (fromIntegral (w `mod` 16))]

dump :: String -> L.ByteString -> IO ()
dump name bytes = putStrLn (name ++ ": " ++ hex bytes)

main :: IO ()
main = do
  dump "Int 1" (encode (1 :: Int))
  dump "Int -2" (encode (-2 :: Int))
  dump "Word 258" (encode (258 :: Word))
  dump "Integer -5" (encode (-5 :: Integer))
  dump "Integer 2^31" (encode (2 ^ 31 :: Integer))
  dump "Integer -2^40" (encode (negate (2 ^ 40) :: Integer))
  dump "Integer 2^70+3" (encode (2 ^ 70 + 3 :: Integer))
  dump "Natural 2^64" (encode (2 ^ 64 :: Natural))
  dump "Double 1.5" (encode (1.5 :: Double))
  dump "Float 0.1" (encode (0.1 :: Float))
  dump "Char e-acute" (encode '\233')
  dump "String" (encode "a\x10000")
  dump "Maybe/Either" (encode (Just 'a', Nothing :: Maybe Int, Left 3 :: Either Int8 Bool, Right True :: Either Int Bool))
  dump "Map" (encode (M.fromList [(3 :: Int, "x"), (1, "y")]))
  dump "Set" (encode (Set.fromList [3, 1, 2 :: Int16]))
  dump "Ratio" (encode (3 / 4 :: Rational))
  dump "Ordering" (encode [LT, EQ, GT])
  dump "ByteString" (encode (B.pack [1, 2, 3]))
  dump "puts" $
    runPut $ do
      putWord8 1
      putWord16be 0x0203
      putWord16le 0x0203
      putWord32be 0x04050607
      putWord32le 0x04050607
      putWord64be 0x08090a0b0c0d0e0f
      putWord64le 0x08090a0b0c0d0e0f
      putInt8 (-1)
      putInt16be (-2)
      putInt32le (-3)
      putInt64be (-4)
      putFloatbe 1.0
      putFloatle 1.0
      putDoublebe 2.0
      putDoublele (-2.0)
      putCharUtf8 '\8364'
      putStringUtf8 "hi\955"
      putByteString (B.pack [0xaa, 0xbb])
      putLazyByteString (L.pack [0xcc])
  dump "host order" (runPut (putWord16host 1 >> putWord32host 2 >> putWord64host 3 >> putWordhost 4 >> putInthost (-1) >> putInt16host 5 >> putInt32host 6 >> putInt64host 7 >> putFloathost 1.5 >> putDoublehost 0.25))
  let (n, bytes) = runPutM (mapM_ put "abc" >> return (3 :: Int))
  print (n, hex bytes)
  print (map B.length (L.toChunks (encode [1 .. 600 :: Int])))
  print (map B.length (L.toChunks (encode (replicate 5000 '\233'))))
  print (map B.length (L.toChunks (runPut (putLazyByteString (L.fromChunks [B.pack [1 .. 10], B.pack [1 .. 20]])))))
  print (map B.length (L.toChunks (runPut (putWord8 1 >> flush >> putWord8 2))))
  print (map B.length (L.toChunks (runPut (putByteString (B.replicate 9000 7) >> putWord8 0))))
