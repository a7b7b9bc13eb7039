-- Storable (Complex a): sizeOf/alignment, peek/poke, the element and byte
-- offsets, arrays of Complex Double and Complex Float (two consecutive
-- elements each), and the undefined placeholder a strict sizeOf forces.
import Control.Exception
import Data.Complex
import Foreign
import Foreign.C.Types

-- a Storable whose sizeOf looks at its argument
newtype Strict = Strict Int32 deriving Show

instance Storable Strict where
  sizeOf (Strict n) = n `seq` 4
  alignment _ = 4
  peek p = Strict <$> peek (castPtr p)
  poke p (Strict n) = poke (castPtr p) n

main :: IO ()
main = do
  print (sizeOf (0 :+ 0 :: Complex Double), alignment (0 :+ 0 :: Complex Double))
  print (sizeOf (0 :+ 0 :: Complex Float), alignment (0 :+ 0 :: Complex Float))
  print (sizeOf (0 :+ 0 :: Complex CShort), alignment (0 :+ 0 :: Complex Word8))
  let zs = [fromIntegral k :+ negate (fromIntegral k * 0.5) | k <- [1 .. 6 :: Int]] :: [Complex Double]
  withArray zs $ \p -> do
    ys <- peekArray 6 p
    print ys
    z2 <- peekElemOff p 2
    print z2
    pokeElemOff p 4 (9.25 :+ (-1))
    z <- peekByteOff p 16 :: IO (Complex Double)
    print z
    raw <- peekArray 12 (castPtr p :: Ptr Double)
    print raw
    ys' <- peekArray 6 p
    print (sum ys')
  allocaArray 3 $ \p -> do
    pokeArray p [1.5 :+ 2.5, 3 :+ 4, (-1) :+ 0 :: Complex Float]
    w <- peekArray 6 (castPtr p :: Ptr Float)
    print w
    poke p (0.125 :+ 8)
    x <- peek p
    print (x, magnitude x)
    pokeByteOff p 8 (7 :+ 7 :: Complex Float)
    print =<< peekArray 3 p
  allocaBytes 8 $ \p -> do
    poke p (Strict 5 :+ Strict 6)
    print =<< peekArray 2 (castPtr p :: Ptr Int32)
    r <- try (peekElemOff p 0)
    case r of
      Left e -> putStrLn ("peekElemOff: " ++ show (e :: ErrorCall))
      Right v -> print (v :: Complex Strict)
    r' <- try (peek p)
    case r' of
      Left e -> putStrLn ("peek: " ++ show (e :: ErrorCall))
      Right v -> print (v :: Complex Strict)
