-- base names text's -O1 unfoldings reach: showIntAtBase's errors (negative
-- number, unsupported base), intToDigit's, Word8's toEnum error and 1,
-- fromIntegral, Int and Integer digits (itos').
import Control.Exception
import Data.Char (intToDigit)
import Data.Word
import Numeric (showHex, showIntAtBase, showOct)
v :: Show a => String -> a -> IO ()
v l x = do
  r <- try (evaluate (length (show x)))
  putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) (const (show x)) r)
main :: IO ()
main = do
  v "hex" (showHex (255 :: Int) "", showOct (8 :: Word8) "", showIntAtBase 2 intToDigit (5 :: Integer) "", map intToDigit [0, 9, 10, 15])
  v "hexneg" (showHex (-1 :: Int) "")
  v "base1" (showIntAtBase (1 :: Int) intToDigit 5 "")
  v "digit" (intToDigit 16)
  v "w8" (toEnum 255 :: Word8, fromIntegral (300 :: Int) :: Word8, 1 + (0 :: Word8))
  v "w8bad" (toEnum 256 :: Word8)
  v "shows" (show (minBound :: Int), show (12345 :: Int), show (2 ^ 70 :: Integer), show (-(2 ^ 65) :: Integer))
