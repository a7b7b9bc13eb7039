import Numeric
import Control.Exception
import Data.Char (intToDigit)

t :: String -> IO ()
t s = do
  r <- try (evaluate (length s))
  case r of
    Left (ErrorCall m) -> putStrLn ("error: " ++ m)
    Right _ -> putStrLn s

main :: IO ()
main = do
  t (showHex (-1 :: Int) "")
  t (showOct (-8 :: Integer) "")
  t (showIntAtBase 1 intToDigit (5 :: Int) "")
  t (showIntAtBase 10 intToDigit (-5 :: Int) "")
  t (showInt (-3 :: Int) "")
  t (showIntAtBase 16 intToDigit (0 :: Int) "")
