import Data.Array.Unboxed
import Data.Array.ST
import Data.Array.IO
import Control.Monad.ST
import Control.Monad
import Data.Word
import Data.Bits

knapsack :: [(Int, Int)] -> Int -> Int
knapsack items cap = table ! cap
  where
    table :: UArray Int Int
    table = runSTUArray $ do
      dp <- newArray (0, cap) 0
      forM_ items $ \(w, v) -> forM_ [cap, cap - 1 .. w] $ \c -> do
        a <- readArray dp c
        b <- readArray dp (c - w)
        when (b + v > a) (writeArray dp c (b + v))
      return dp

lifeGrid :: UArray (Int, Int) Bool -> UArray (Int, Int) Bool
lifeGrid g = listArray bnds [rule (g ! p) (n p) | p <- range bnds]
  where
    bnds@((r0, c0), (r1, c1)) = bounds g
    n (r, c) = length [() | dr <- [-1, 0, 1], dc <- [-1, 0, 1], (dr, dc) /= (0, 0), let r' = r + dr; c' = c + dc, r' >= r0, r' <= r1, c' >= c0, c' <= c1, g ! (r', c')]
    rule alive k = k == 3 || (alive && k == 2)

main :: IO ()
main = do
  print (knapsack [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)] 15)
  let g = listArray ((0, 0), (4, 4)) (map (== '#') ".....\n..#..\n..#..\n..#..\n....." `seq` map (== '#') (concat [".....", "..#..", "..#..", "..#..", "....."])) :: UArray (Int, Int) Bool
      show' :: UArray (Int, Int) Bool -> String
      show' a = unlines [[if a ! (r, c) then '#' else '.' | c <- [0 .. 4]] | r <- [0 .. 4]]
  putStr (show' (lifeGrid g))
  let w = listArray (0, 3) [0xde, 0xad, 0xbe, 0xef] :: UArray Int Word8
  print (w, foldr (\b acc -> acc `shiftL` 8 .|. fromIntegral b) (0 :: Word32) (elems w))
  let c = listArray (1, 5) "hello" :: UArray Int Char
  print (c ! 2, accumArray (+) 0 ('a', 'e') [(x, 1) | x <- "abacabad", x <= 'e'] :: UArray Char Int)
  m <- newListArray (0, 4) [5, 3, 1, 4, 2] :: IO (IOUArray Int Double)
  forM_ [0 .. 4] $ \i -> readArray m i >>= writeArray m i . sqrt
  getElems m >>= print . map (\x -> fromIntegral (round (x * 1e4)) / 1e4)
  print (runST (do a <- newArray (1, 10) 1 :: ST s (STUArray s Int Int); forM_ [2 .. 10] (\i -> readArray a (i - 1) >>= writeArray a i . (* i)); getElems a))
