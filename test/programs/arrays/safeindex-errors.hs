-- The arrays' own index checks (Data.Array.Base.safeIndex, safeRangeSize)
-- and their messages: an Ix instance whose index does not check its bounds
-- gives positions outside the array, one whose rangeSize is negative gives
-- a negative size. Each error is caught and shown (message and call stack).
import Control.Exception
import Data.Array (Array)
import qualified Data.Array as A
import Data.Array.IArray
import Data.Array.Unboxed (UArray)
import Data.Array.ST
import Data.Array.IO
import Data.Array.Storable
import Data.Ix
import Control.Monad.ST

-- index does no bounds check
newtype Loose = Loose Int deriving (Eq, Ord, Show)
instance Ix Loose where
  range (Loose a, Loose b) = map Loose [a .. b]
  index (Loose a, _) (Loose i) = i - a
  inRange (Loose a, Loose b) (Loose i) = a <= i && i <= b

-- rangeSize is negative
newtype Neg = Neg Int deriving (Eq, Ord, Show)
instance Ix Neg where
  range (Neg a, Neg b) = map Neg [a .. b]
  index (Neg a, _) (Neg i) = i - a
  inRange (Neg a, Neg b) (Neg i) = a <= i && i <= b
  rangeSize _ = -3

try' :: String -> IO () -> IO ()
try' label act = do
  r <- try act
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: ErrorCall))
    Right () -> putStrLn (label ++ ": no error")

lb :: (Loose, Loose)
lb = (Loose 1, Loose 5)

main :: IO ()
main = do
  let u = listArray lb [10, 20, 30, 40, 50] :: UArray Loose Int
      b = listArray lb "abcde" :: Array Loose Char
  try' "UArray ! in range" (print (u ! Loose 3))
  try' "UArray ! above" (print (u ! Loose 9))
  try' "UArray ! below" (print (u ! Loose 0))
  try' "IArray Array ! above" (print (b ! Loose 6))
  try' "Data.Array ! above" (print (b A.! Loose 6))
  try' "UArray //" (print (elems (u // [(Loose 7, 1)])))
  try' "UArray accum" (print (elems (accum (+) u [(Loose (-1), 1)])))
  try' "accumArray" (print (elems (accumArray (+) 0 lb [(Loose 8, 1)] :: UArray Loose Int)))
  try' "array" (print (elems (array lb [(Loose 12, 'x')] :: Array Loose Char)))
  try' "IOUArray readArray" $ do
    m <- newArray lb 0 :: IO (IOUArray Loose Int)
    readArray m (Loose 6) >>= print
  try' "IOArray writeArray" $ do
    m <- newArray lb 'q' :: IO (IOArray Loose Char)
    writeArray m (Loose 100) 'r'
  try' "StorableArray readArray" $ do
    m <- newArray lb 1.5 :: IO (StorableArray Loose Double)
    readArray m (Loose 3) >>= print
    readArray m (Loose 60) >>= print
  try' "STUArray" (print (runST (do
    m <- newArray lb False :: ST s (STUArray s Loose Bool)
    writeArray m (Loose 2) True
    readArray m (Loose (-4)))))
  -- negative range sizes
  let nb = (Neg 0, Neg 9)
  try' "IArray Array listArray Neg" (print (bounds (listArray nb "xy" :: Array Neg Char)))
  try' "STArray newListArray Neg" (print (runST (do
    m <- newListArray nb [1, 2] :: ST s (STArray s Neg Int)
    getElems m)))
  -- the Int instance's own check comes first
  let v = listArray (1, 3) [1, 2, 3] :: UArray Int Int
  try' "UArray Int ! 4" (print (v ! 4))
  try' "UArray Int ! 0" (print (v ! 0))
