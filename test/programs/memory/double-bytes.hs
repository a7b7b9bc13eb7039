-- byte-level Word8 views of a Double and a Float via castPtr
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Marshal.Utils
import Foreign.Storable
import Foreign.Ptr
import Data.Word
import Data.Int
import Numeric (showHex)

bytesOf :: Storable a => a -> IO [Word8]
bytesOf x = with x $ \p -> peekArray (sizeOf x) (castPtr p)

main :: IO ()
main = do
  mapM_ (\d -> bytesOf d >>= \bs -> putStrLn (show d ++ " " ++ concatMap (\b -> showHex b " ") bs))
    [1.0, -2.5, 0.1, 1 / 0, 0 :: Double]
  mapM_ (\f -> bytesOf f >>= print) [1.0, 3.14159, -0.0 :: Float]
  bytesOf (0x0102030405060708 :: Int64) >>= print
  bytesOf (-2 :: Int32) >>= print
  -- build a Double from bytes
  d <- allocaBytes 8 $ \p -> do
    pokeArray p [0, 0, 0, 0, 0, 0, 0xf0, 0x3f :: Word8]
    peek (castPtr p) :: IO Double
  print d
  w <- with (1.5 :: Double) $ \p -> peek (castPtr p) :: IO Word64
  print (showHex w "")
  f <- with (0x40490fdb :: Word32) $ \p -> peek (castPtr p) :: IO Float
  print f
