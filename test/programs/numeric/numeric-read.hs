import Numeric
import Data.Char (isDigit, digitToInt)

main :: IO ()
main = do
  print (readHex "ff rest" :: [(Int, String)])
  print (readHex "DEADbeef" :: [(Integer, String)])
  print (readOct "777x" :: [(Int, String)])
  print (readDec "123abc" :: [(Int, String)])
  print (readHex "xyz" :: [(Int, String)])
  print (readSigned readDec "-42 rest" :: [(Int, String)])
  print (readSigned readDec "  17" :: [(Integer, String)])
  print (readFloat "3.25e2xyz" :: [(Double, String)])
  print (readFloat "1.5" :: [(Rational, String)])
  print (readSigned readFloat "-0.125" :: [(Double, String)])
  print (lexDigits "123abc", lexDigits "abc")
  print (readInt 2 (`elem` "01") digitToInt "1011" :: [(Int, String)])
  print (readInt 36 (\c -> isDigit c || c `elem` ['a' .. 'z']) (\c -> if isDigit c then digitToInt c else fromEnum c - 87) "zz!" :: [(Integer, String)])
  print (readBin' "101")
  print (readOct "" :: [(Int, String)])
  print (readDec "99999999999999999999" :: [(Integer, String)])
  print (readFloat "NaN" :: [(Double, String)], readFloat "Infinity" :: [(Double, String)])
  where readBin' s = readInt 2 (`elem` "01") digitToInt s :: [(Word, String)]
