-- Literal forms for the dump-parser corpus: negative Int, big Integer,
-- Double, Float, Char and String literals (not run; parsed at -O0 and -O1).
module Literals where

import Data.Char (isDigit, toUpper)

negativeInt :: Int
negativeInt = -42

minInt :: Int
minInt = -9223372036854775808

bigInteger :: Integer
bigInteger = 123456789012345678901234567890

negativeInteger :: Integer
negativeInteger = -98765432109876543210

doubles :: [Double]
doubles = [2.5, -3.75, 1.0e-300, 0.1, 6.02e23]

floats :: [Float]
floats = [1.5, -0.25, 3.4028235e38]

scale :: Double -> Double
scale x = x * 1.5 + 0.25

chars :: String
chars = ['q', ' ', '\n', '\'', '\\', '\NUL', '\255', '\1234', '\128512']

text :: String
text = "caf\233 \"quoted\" tab\there"

shout :: String -> String
shout = map toUpper . filter (not . isDigit)
