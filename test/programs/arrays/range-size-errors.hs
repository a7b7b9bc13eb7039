-- Data.Array.Base's range-size checks with an Ix instance whose rangeSize is
-- negative: listArray checks it before building anything;
-- safeRangeSize and safeIndex called directly.
import Control.Exception
import Data.Array.Base
import Data.Array (Array)
import Data.Ix
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
    Left e -> putStrLn (label ++ ": " ++ show (e :: SomeException))
    Right () -> putStrLn (label ++ ": no error")

nb :: (Neg, Neg)
nb = (Neg 0, Neg 9)

main :: IO ()
main = do
  try' "listArray []" (print (bounds (listArray nb [] :: Array Neg Char)))
  try' "listArray numElements" (print (numElements (listArray nb "ab" :: Array Neg Char)))
  try' "safeRangeSize" (print (safeRangeSize nb))
  try' "safeIndex" (print (safeIndex (Neg 0, Neg 3) 2 (Neg 2)))
  try' "safeIndex ok" (print (safeIndex (Neg 0, Neg 3) 4 (Neg 2)))
