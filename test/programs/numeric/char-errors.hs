import Data.Char
import qualified Data.Ix
import Control.Exception

t :: Show a => a -> IO ()
t x = do
  r <- try (evaluate x)
  case r of
    Left (ErrorCall m) -> putStrLn ("error: " ++ m)
    Right v -> print v

main :: IO ()
main = do
  t (digitToInt 'g')
  t (digitToInt ' ')
  t (intToDigit 16)
  t (intToDigit (-1))
  t (toEnum 30 :: GeneralCategory)
  t (succ NotAssigned)
  t (pred UppercaseLetter)
  t (Data.Ix.index (Space, Format) UppercaseLetter)
  print (chr 0x110000)
