import Foreign.C.Types
import System.Posix.Types
import Numeric.Natural
import Data.Bifunctor
import Data.Bifoldable
import Data.Functor.Contravariant
import Data.Functor.Classes
import Data.List (sortBy, foldl')
import Data.Bits

checksum :: [CUChar] -> CUInt
checksum = foldl' (\acc b -> (acc `shiftL` 5 + acc) `xor` fromIntegral b) 5381

factorial :: Natural -> Natural
factorial n = product [1 .. n]

collatz :: CLong -> Int
collatz 1 = 0
collatz n = 1 + collatz (if even n then n `div` 2 else 3 * n + 1)

main :: IO ()
main = do
  print (checksum (map (fromIntegral . fromEnum) "hello, world"))
  print (map collatz [1 .. 12], maximum (map collatz [1 .. 1000]))
  print (factorial 25, factorial 30 `div` factorial 28, gcd (factorial 20) (2 ^ 70), lcm (12 :: Natural) 18)
  print (sum (map fromIntegral [1 .. 100 :: CInt]) :: Natural, toInteger (maxBound :: CSize) + 1)
  let pairs = [(3 :: CInt, "three"), (1, "one"), (2, "two")]
  print (map (bimap (* 10) length) pairs, bifoldMap show id (head pairs), map (first negate) pairs)
  print (sortBy (getComparison (contramap fst defaultComparison)) pairs)
  print (filter (getPredicate (contramap (length . snd) (Predicate (> 3)))) pairs)
  putStrLn (showsPrec1 11 (Just (CDouble 2.5)) "")
  print (liftCompare compare (Just (CChar 3)) (Just 4), eq1 [CFloat 1.5] [1.5])
  print (sum [Fd 1 .. 10], [CMode 0o700 .&. m | m <- [0o640, 0o755]], popCount (maxBound :: CUShort))
  print (realToFrac (CDouble 1.25) + (0.5 :: Double), truncate (CFloat 7.9) :: CInt, round (2.5 :: CDouble) :: CLong)
  print (foldr (\x acc -> x + 2 * acc) 0 [CShort 1, 2, 3], product [CULLong 1 .. 20], fromIntegral (2 ^ 40 :: CLLong) :: CInt)
