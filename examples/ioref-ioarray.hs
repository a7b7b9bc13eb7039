-- IOArray with pair indices: getBounds, getElems, freeze (a copy), thaw,
-- mapArray, getAssocs, newListArray, and an index out of range (exit 1).
import Data.Array.IO
import Data.Array
import Data.Array.MArray
import Control.Monad

main :: IO ()
main = do
  arr <- newArray ((0,0),(2,3)) 0 :: IO (IOArray (Int,Int) Integer)
  forM_ (range ((0,0),(2,3))) $ \(i,j) -> writeArray arr (i,j) (fromIntegral (i*10+j))
  getBounds arr >>= print
  getElems arr >>= print
  frozen <- freeze arr :: IO (Array (Int,Int) Integer)
  writeArray arr (1,1) 999
  print (frozen ! (1,1))
  readArray arr (1,1) >>= print
  m2 <- mapArray (*2) arr
  getAssocs m2 >>= print . take 3
  t <- thaw frozen :: IO (IOArray (Int,Int) Integer)
  readArray t (0,0) >>= writeArray t (0,0) . (+7)
  readArray t (0,0) >>= print
  xs <- newListArray (1, 5) "hello" :: IO (IOArray Int Char)
  forM_ [1..2] $ \i -> do { a <- readArray xs i; b <- readArray xs (6-i); writeArray xs i b; writeArray xs (6-i) a }
  getElems xs >>= putStrLn
  n <- rangeSize <$> getBounds xs
  print n
  readArray xs 9 >>= print
