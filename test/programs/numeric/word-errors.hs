import Data.Int
import GHC.Enum (predError, succError)
import Data.Word
import Control.Exception

t :: Show a => a -> IO ()
t x = do
  r <- try (evaluate x)
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: SomeException))
    Right v -> print v

main :: IO ()
main = do
  t (succ (maxBound :: Word8))
  t (pred (minBound :: Int8))
  t (toEnum 300 :: Word8)
  t (toEnum (-1) :: Word16)
  t (toEnum 200 :: Int8)
  t (div (minBound :: Int16) (-1))
  t (quot (5 :: Word32) 0)
  t (mod (5 :: Int64) 0)
  t (rem (minBound :: Int64) (-1))
  t (fromEnum (maxBound :: Word64))
  t (succ (maxBound :: Int64))
  t (pred (0 :: Word))
  t (read "x" :: Word8)
  t (divMod (minBound :: Int8) (-1))
  t (succ (maxBound :: Word))
  t (predError "Mine" :: Int)
  t (succError "Yours" :: Word)
