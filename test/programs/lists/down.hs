import Data.Ord (Down (..), comparing)
import Data.Bits
import Data.Ix
import Data.List (sortBy, sortOn, maximumBy, minimumBy, sort)

-- equal under Ord but distinguishable: shows which one max/min pick
data P = P Int Char deriving Show
instance Eq P where P a _ == P b _ = a == b
instance Ord P where compare (P a _) (P b _) = compare a b

main :: IO ()
main = do
  let x = Down (P 1 'x'); y = Down (P 1 'y')
  print (max x y, min x y, max (P 1 'x') (P 1 'y'), min (P 1 'x') (P 1 'y'), compare x y, x <= y, x < y)
  print (maximum [Down (P 2 'a'), Down (P 1 'b'), Down (P 1 'c')], minimum [Down (P 2 'a'), Down (P 1 'b'), Down (P 2 'c')])
  print (sort [Down 3, Down 1, Down (2 :: Int)], sortOn Down [P 2 'a', P 1 'b', P 2 'c'], sortBy (comparing Down) "banana")
  print (range (Down 1, Down (3 :: Int)), inRange (Down 1, Down (5 :: Int)) (Down 3), index (Down 10, Down (20 :: Int)) (Down 15), rangeSize (Down 'a', Down 'e'))
  print (Down (12 :: Int) .&. Down 10, Down (12 :: Int) .|. Down 3, xor (Down (5 :: Int)) (Down 1), shiftL (Down (1 :: Int)) 4, popCount (Down (255 :: Int)), testBit (Down (4 :: Int)) 2)
  print (finiteBitSize (Down (0 :: Int)), countLeadingZeros (Down (1 :: Int)), complement (Down (0 :: Int)), bit 3 :: Down Int)
  print (minBound :: Down Char, maxBound :: Down Int, (minBound :: Down Bool) < maxBound, [minBound, maxBound :: Down Ordering])
  print (toRational (Down (0.75 :: Double)), truncate (Down (-2.5 :: Double)) :: Integer, round (Down (2.5 :: Double)) :: Int, ceiling (Down (1.1 :: Double)) :: Int, floor (Down (-1.1 :: Double)) :: Int)
  print (isNaN (Down (0 / 0 :: Double)), isInfinite (Down (1 / 0 :: Double)), decodeFloat (Down (1.5 :: Double)), significand (Down (8 :: Double)), exponent (Down (8 :: Double)))
  print (exp (Down (0 :: Double)), Down 2 ** Down (10 :: Double), logBase (Down 2) (Down (1024 :: Double)), atan2 (Down 1) (Down (1 :: Double)))
  print (Down [1, 2] <> Down [3 :: Int], mconcat [Down "ab", Down "cd"], mempty :: Down [Int])
  print (Down 5 + 3 :: Down Int, realToFrac (Down (1.5 :: Double)) :: Double, fromIntegral (3 :: Int) :: Down Double)
  print (fmap show (Down (1 :: Int)), Down (+ 1) <*> Down (2 :: Int), Down 3 >>= (\v -> Down (v * 2 :: Int)), (<$) 'c' (Down ()))
  print (show (Down (Down 'z')), showsPrec 10 (Down (1 :: Int)) "", showsPrec 11 (Down (1 :: Int)) "", [Just (Down (-1 :: Int))])
  print (getDown (maximumBy (comparing getDown) [Down 1, Down (7 :: Int), Down 3]), minimumBy (comparing Down) [4, 9, 2 :: Int])
