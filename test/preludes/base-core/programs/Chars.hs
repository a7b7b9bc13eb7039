-- Data.Char predicates and mappings over ASCII, Latin-1 and a few others.
import Data.Char

main :: IO ()
main = do
  let cs = map chr ([0 .. 260] ++ [0x3a9, 0x3c9, 0x663, 0x2028, 0x1f600, 0x10ffff, 0xe000])
      bits p = map (\c -> if p c then '1' else '0') cs
  mapM_ (putStrLn . bits) [isAlpha, isUpper, isLower, isDigit, isSpace, isAlphaNum, isPunctuation, isSymbol, isPrint, isControl, isHexDigit, isOctDigit, isLetter, isNumber, isSeparator, isAscii, isLatin1]
  putStrLn (map toUpper "hello, wörld! ÿ ß") >> putStrLn (map toLower "HELLO ÀÉ Ω")
  print (map digitToInt "09afAF", map intToDigit [0, 9, 10, 15], ord 'z', chr 955)
  print (map generalCategory "aA1 !+\n")
