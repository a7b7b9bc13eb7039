-- a user Storable struct with peekByteOff/pokeByteOff and the default methods
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Storable
import Foreign.Ptr
import Data.Word
import Data.Int

data Point = Point { px :: Int32, py :: Int32, tag :: Word8, weight :: Double }
  deriving (Show, Eq)

instance Storable Point where
  sizeOf _ = 24
  alignment _ = 8
  peek p = do
    x <- peekByteOff p 0
    y <- peekByteOff p 4
    t <- peekByteOff p 8
    w <- peekByteOff p 16
    return (Point x y t w)
  poke p (Point x y t w) = do
    pokeByteOff p 0 x
    pokeByteOff p 4 y
    pokeByteOff p 8 t
    pokeByteOff p 16 w

main :: IO ()
main = do
  let pts = [Point i (i * i) (fromIntegral i) (fromIntegral i / 4) | i <- [1 .. 5]]
  p <- mallocArray 5
  pokeArray p pts
  back <- peekArray 5 p
  mapM_ print back
  print (back == pts)
  third <- peekElemOff p 2
  print third
  pokeElemOff p 0 (Point (-1) (-2) 255 1.0e10)
  peek p >>= print
  -- raw bytes of the first struct
  bytes <- peekArray 24 (castPtr p :: Ptr Word8)
  print (take 9 bytes)
  y4 <- peekByteOff p (4 * 24 + 4) :: IO Int32
  print y4
  print (sizeOf (undefined :: Point), alignment (undefined :: Point))
  free p
