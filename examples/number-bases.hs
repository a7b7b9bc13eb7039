-- Numbers in other bases: own conversions and Numeric's showHex/showOct.
import Data.Char (intToDigit)
import Numeric (showHex, showOct)

toBase :: Int -> Int -> String
toBase _ 0 = "0"
toBase b n = reverse (go n)
  where
    go 0 = ""
    go k = intToDigit (k `mod` b) : go (k `div` b)

fromBase :: Int -> String -> Int
fromBase b = foldl (\acc c -> acc * b + digit c) 0
  where
    digit c = length (takeWhile (/= c) "0123456789abcdef")

popCount' :: Int -> Int
popCount' 0 = 0
popCount' n = n `mod` 2 + popCount' (n `div` 2)

main :: IO ()
main = do
  print (map (toBase 2) [0, 1, 5, 255, 1024])
  print (map (toBase 16) [255, 4096, 48879])
  print (fromBase 2 "101010", fromBase 16 "ff", fromBase 8 "777")
  putStrLn (showHex (255 :: Int) "" ++ " " ++ showOct (64 :: Int) "" ++ " " ++ showHex (3735928559 :: Integer) "")
  print (map popCount' [0, 7, 255, 1023])
  print (all (\n -> fromBase 7 (toBase 7 n) == n) [0 .. 300])
