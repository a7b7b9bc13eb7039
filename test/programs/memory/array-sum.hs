-- allocaArray + pokeArray + peekArray, withArrayLen, newArray, advancePtr
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Marshal.Utils
import Foreign.Storable
import Foreign.Ptr
import Data.Int

sumArray :: Ptr Int -> Int -> IO Int
sumArray p n = go 0 0
  where go i acc | i >= n = return acc
                 | otherwise = do x <- peekElemOff p i; go (i + 1) (acc + x)

main :: IO ()
main = do
  s <- allocaArray 10 $ \p -> do
    pokeArray p [1 .. 10 :: Int]
    xs <- peekArray 10 p
    print xs
    sumArray p 10
  print s
  withArrayLen [3.5, 1.25, -2 :: Double] $ \n p -> do
    ys <- peekArray n p
    print (n, ys, sum ys)
  p <- newArray [10, 20, 30, 40 :: Int32]
  x <- peek (advancePtr p 2)
  print x
  pokeElemOff p 1 99
  peekArray 4 p >>= print
  peekArray 0 p >>= print
  q <- newArray0 (0 :: Int) [5, 6, 7]
  n <- lengthArray0 0 q
  ys <- peekArray0 0 q
  print (n, ys)
  r <- mallocArray 4 :: IO (Ptr Int32)
  copyArray r p 4
  peekArray 4 r >>= print
  r2 <- reallocArray r 8
  pokeArray (advancePtr r2 4) [1, 2, 3, 4]
  peekArray 8 r2 >>= print
  withArray "hello" $ \cp -> peekArray 5 cp >>= putStrLn
  v <- with (42 :: Int) peek
  print v
  pn <- new (7 :: Int)
  peek pn >>= print
  print (fromBool True :: Int, fromBool False :: Int, toBool (1 :: Int), toBool (0 :: Int))
  free p
  free q
