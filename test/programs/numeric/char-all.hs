import Data.Char
import Data.Ix

main :: IO ()
main = do
  let cs = "aZ5 \t\n!_-+$(){}~\xe9\xdf\x3a3\x660\x2028\x200b\x301\xa0\x1f600\xe000\xd800\x10ffff\x2167\xbd\x5d0\x1c5"
  mapM_ (\c -> putStrLn (show c ++ " " ++ show (generalCategory c) ++ " " ++ map (\f -> if f c then '1' else '0')
      [isControl, isSpace, isLower, isUpper, isAlpha, isLetter, isDigit, isOctDigit, isHexDigit, isAlphaNum, isPrint, isPunctuation, isSymbol, isSeparator, isMark, isNumber, isAscii, isLatin1, isAsciiUpper, isAsciiLower]
      ++ " " ++ show (toUpper c, toLower c, toTitle c, ord c))) cs
  print [minBound .. maxBound :: GeneralCategory]
  print (map fromEnum [UppercaseLetter, NotAssigned], succ Space, (toEnum 5 :: GeneralCategory))
  print (compare LowercaseLetter UppercaseLetter, Control == Control, read "MathSymbol" :: GeneralCategory)
  print (map digitToInt "0123456789abcdefABCDEF")
  print (map intToDigit [0 .. 15])
  print (chr 65, chr 0x1F600, ord maxBound)
  putStrLn (showLitChar '\n' (showLitChar '\DEL' (showLitChar '\200' "")))
  print (lexLitChar "\\nabc", lexLitChar "\\123x", readLitChar "\\x41rest", readLitChar "abc")
  print (lexLitChar "\\SOHx", readLitChar "\\^Ax")
  print (words (map toUpper "hello world"), isSpace '\v', isSpace '\x85')
  print (subtract (ord 'a') (ord 'z'), showsPrec 11 UppercaseLetter "")
  print (map toTitle "\x1c4\x1c6\x1c9\x1ca\x1f3\x10d0a\x1f80\x1fb3", map toUpper "\x10d0\x1c5\x1f81\x1ff3\xdf", map toLower "\x1c5\x130\x1f88")
  print (range (Space, Format), index (Space, Format) Control, inRange (Space, Format) NotAssigned, rangeSize (Format, Space))
  print ([minBound, maxBound :: GeneralCategory], [Space ..], [OtherSymbol, Space ..], [Control, Surrogate .. NotAssigned], [Format, Space ..])
  print (reads "(Control) x" :: [(GeneralCategory, String)], map generalCategory "\t\x85\xad\x300")
