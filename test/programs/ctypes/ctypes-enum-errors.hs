import Control.Exception
import Foreign.C.Types
import System.Posix.Types

try' :: Show a => String -> a -> IO ()
try' label x = do
  r <- try (evaluate (length (show x) `seq` x))
  case r of
    Left e -> putStrLn (label ++ ": exception: " ++ show (e :: SomeException))
    Right v -> putStrLn (label ++ ": " ++ show v)

main :: IO ()
main = do
  try' "succ CInt" (succ (maxBound :: CInt))
  try' "pred CInt" (pred (minBound :: CInt))
  try' "succ CUChar" (succ (maxBound :: CUChar))
  try' "pred CUInt" (pred (minBound :: CUInt))
  try' "succ CSize" (succ (maxBound :: CSize))
  try' "succ CLong" (succ (maxBound :: CLong))
  try' "pred CShort" (pred (minBound :: CShort))
  try' "toEnum CChar" (toEnum 200 :: CChar)
  try' "toEnum CUShort" (toEnum (-1) :: CUShort)
  try' "toEnum CUInt" (toEnum 5000000000 :: CUInt)
  try' "fromEnum CULong" (fromEnum (maxBound :: CULong))
  try' "div CInt" (div 1 (0 :: CInt))
  try' "quot CLong" (quot minBound (-1 :: CLong))
  try' "mod CUChar" (mod 1 (0 :: CUChar))
  try' "div minBound" (div minBound (-1 :: CInt))
  try' "rem minBound" (rem minBound (-1 :: CInt))
  try' "succ Fd" (succ (maxBound :: Fd))
  try' "toEnum CMode" (toEnum (-3) :: CMode)
  try' "pred CCc" (pred (0 :: CCc))
  try' "succ CSpeed" (succ (4294967295 :: CSpeed))
  try' "div COff" (div 5 (0 :: COff))
  try' "toEnum CBool" (toEnum 256 :: CBool)
  try' "succ CTime" (succ (9223372036854775807 :: CTime))
  try' "CDouble toEnum" (toEnum 3 :: CDouble)
  print (fromEnum (maxBound :: CUInt))
  print (succ (minBound :: CInt) < 0)
  print (pred (1 :: CInt))
