-- Data.Char at -O1: classification, conversion, enumeration of Chars
import Data.Char

sample :: String
sample = "aZ5 \t\n_!+~\x300\x2028\x2160\xe9\x3b1\x10ffff\x1F600\xad,.\x20ac"

main :: IO ()
main = do
  print (map isLetter sample)
  print (map isMark sample, map isNumber sample, map isSeparator sample)
  print (map isPunctuation sample, map isSpace sample, map isSymbol sample)
  print (map generalCategory sample)
  print (filter isAlpha sample, filter isAlphaNum sample, filter isPrint sample, filter isControl sample)
  print (map toUpper "hello, world", map toLower "ÀÉÎ", map toTitle "ǆx")
  print (map digitToInt "09afAF", map intToDigit [0 .. 15], map ord "az", chr 65, chr 0x1F600)
  print (['a' .. 'f'], ['a', 'c' .. 'k'], ['z', 'x' .. 'p'], take 5 ['x' ..], succ 'a', pred 'b')
  print (maximum "hello", minimum "hello", max 'a' 'b', min 'q' 'r', compare 'a' 'b')
  print (isAscii 'a', isLatin1 '\xff', isAsciiUpper 'A', isAsciiLower 'A', isHexDigit 'g', isOctDigit '8', isDigit '٣')
  print (subtract (ord 'a') (ord 'z'), [c | c <- ['\0' .. '\127'], isPunctuation c])
  print (length (filter isSpace ['\0' .. '\x3000']), length (filter isSymbol ['\0' .. '\x7ff']))
  print (lexLitChar "\\nabc", readLitChar "\\x41rest", showLitChar '\n' "")
  print ([minBound .. maxBound :: GeneralCategory])
  print (fromEnum Space, toEnum 3 :: GeneralCategory, succ UppercaseLetter, [LetterNumber ..])
  print (isUpper 'É', isLower 'ß', ord (toUpper 'ß'))
