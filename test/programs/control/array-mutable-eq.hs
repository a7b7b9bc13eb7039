-- Eq of mutable arrays: the same array object, boxed and unboxed.
import Data.Array.IO
import Data.Array.ST
import Control.Monad.ST
main :: IO ()
main = do
  a <- newArray (0, 3) 0 :: IO (IOUArray Int Int)
  b <- newArray (0, 3) 0 :: IO (IOUArray Int Int)
  c <- newArray (0, 1) 'x' :: IO (IOArray Int Char)
  d <- newArray (0, 1) 'x' :: IO (IOArray Int Char)
  print (a == a, a == b, a /= b, c == c, c == d)
  print (runST (do { x <- newArray (1, 2) True :: ST s (STUArray s Int Bool); y <- newArray (1, 2) True; return (x == x, x == y) }))
  print (runST (do { x <- newArray (1, 2) 'a' :: ST s (STArray s Int Char); y <- newArray (1, 2) 'b'; return (x == x, x == y) }))
