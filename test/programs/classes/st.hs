import Control.Monad.ST
import Data.STRef
import Control.Monad

sumST :: [Int] -> Int
sumST xs = runST $ do
  ref <- newSTRef 0
  forM_ xs $ \x -> modifySTRef ref (+x)
  readSTRef ref

fibST :: Int -> Integer
fibST n = runST $ do
  a <- newSTRef 0
  b <- newSTRef 1
  replicateM_ n $ do
    x <- readSTRef a
    y <- readSTRef b
    writeSTRef a y
    writeSTRef b $! x + y
  readSTRef a

main :: IO ()
main = do
  print (sumST [1 .. 100])
  print (map fibST [0 .. 10], fibST 90)
  print (runST (do { r <- newSTRef "x"; modifySTRef' r (++ "y"); modifySTRef r ('<':); readSTRef r }))
  v <- stToIO (do { r <- newSTRef (41 :: Int); modifySTRef' r succ; readSTRef r })
  print v
  print (runST (newSTRef 'a' >>= \r -> fmap succ (readSTRef r)))
  print (runST (return 5 :: ST s Int))
  let lazyTest = runST (do { r <- newSTRef (undefined :: Int); writeSTRef r 3; readSTRef r })
  print lazyTest
  print (runST (do { r <- newSTRef [1,2,3 :: Int]; r2 <- newSTRef []; xs <- readSTRef r; mapM_ (\x -> modifySTRef r2 (x:)) xs; readSTRef r2 }))
  print (runST (do { a <- newSTRef (1::Int); b <- newSTRef (1::Int); return (a == b, a == a) }))
