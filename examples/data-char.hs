-- Data.Char: classification, conversion, digits.
import Data.Char

main :: IO ()
main = do
  let s = "Hello, World! 123 _x\tz"
  print (map isAlpha s)
  print (filter isDigit s, filter isUpper s, filter isLower s, filter isSpace s)
  print (filter isPunctuation s)
  print (map toUpper s, map toLower s)
  print (map ord "AZaz09", map chr [72, 105])
  print (map digitToInt "0123456789abcdefABCDEF")
  print (map intToDigit [0 .. 15])
  print (isAlphaNum '_', isAlphaNum 'q', isHexDigit 'f', isOctDigit '8')
  print (generalCategory 'a', generalCategory '1', generalCategory ' ')
  print (succ 'a', pred 'b', ['a' .. 'f'], ['a', 'c' .. 'k'])
  print (words (map (\c -> if isPunctuation c then ' ' else c) s))
