-- Data.Text.Foreign: code units through pointers, UTF-8 C strings, I16.
import qualified Data.Text as T
import Data.Text.Foreign
import Foreign.Marshal.Array (allocaArray, peekArray, pokeArray)
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Storable (pokeByteOff)
import Foreign.ForeignPtr (withForeignPtr)
import Data.Word (Word8, Word16)
import qualified Foreign.Ptr

main :: IO ()
main = do
  let t = T.pack "h\233llo \x1F600 w\246rld"
  print (lengthWord16 t, T.length t)
  print (takeWord16 8 t, dropWord16 8 t, takeWord16 100 t, dropWord16 (-1) t)
  print (5 :: I16, [1 .. 3 :: I16], (7 :: I16) + 3, toInteger (9 `div` 2 :: I16), minBound :: I16, maxBound :: I16, showsPrec 11 (-3 :: I16) "", fromEnum (8 :: I16))
  useAsPtr t (\p n -> do ws <- peekArray (fromIntegral n) p; print (n, ws))
  (fp, n) <- asForeignPtr (T.drop 2 t)
  withForeignPtr fp (\p -> peekArray (fromIntegral n) p) >>= print
  allocaArray 5 (\p -> do pokeArray p [104, 105, 0xD83D, 0xDE00, 33 :: Word16]; fromPtr p 5 >>= print; fromPtr p 0 >>= print)
  allocaArray 20 (\p -> do unsafeCopyToPtr (T.take 3 (T.drop 1 t)) p; peekArray 3 p >>= print)
  withCStringLen t (\(p, n) -> do bs <- peekArray n (castW8 p); print (n, bs))
  allocaBytes 4 (\p -> do mapM_ (\(i, b) -> pokeByteOff p i (b :: Word8)) (zip [0 ..] [0x41, 0xc3, 0xa9, 0x42]); peekCStringLen (p, 4) >>= print)
  where
    castW8 p = Foreign.Ptr.castPtr p :: Foreign.Ptr.Ptr Word8
