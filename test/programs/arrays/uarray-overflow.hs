-- Unboxed arrays too large for an Int's worth of bytes: safe_scale's overflow
-- error (message and call stack) for elements of 8, 4 and 2 bytes.
import Control.Exception
import Data.Array.ST
import Data.Array.Unboxed
import Control.Monad.ST
import Data.Int (Int16)
import Data.Word (Word32)

try' :: String -> IO () -> IO ()
try' label act = do
  r <- try act
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: ErrorCall))
    Right () -> putStrLn (label ++ ": no error")

main :: IO ()
main = do
  try' "Double" (print (bounds (runSTUArray (newArray (0, 2 ^ 61) 0) :: UArray Int Double)))
  try' "Int" (print (bounds (runSTUArray (newArray (1, 2 ^ 60 + 5) 0) :: UArray Int Int)))
  try' "Float" (print (bounds (runSTUArray (newArray (0, 2 ^ 62) 0) :: UArray Int Float)))
  try' "Char" (print (bounds (runSTUArray (newArray (0, 2 ^ 62) 'a') :: UArray Int Char)))
  try' "Int16" (print (bounds (runSTUArray (newArray (0, 2 ^ 62) 0) :: UArray Int Int16)))
  try' "Word32" (print (bounds (runSTUArray (newArray (0, 2 ^ 62) 0) :: UArray Int Word32)))
  try' "listArray Double" (print (bounds (listArray (0, 2 ^ 61) [] :: UArray Int Double)))
