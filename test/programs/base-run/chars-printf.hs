-- Characters and formatted output: Data.Char's classification, case
-- mapping and general categories over ASCII, Latin-1 and wider code points;
-- digit conversions; Text.Printf with every conversion, flag, width and
-- precision, to String and to IO; ReadP parsers for a small grammar.
import Data.Char
import Text.Printf
import Text.ParserCombinators.ReadP
import qualified Text.Read.Lex as L

data Tok = TNum Integer | TId String | TSym Char deriving Show

token :: ReadP Tok
token = skipSpaces >> choice [TNum . read <$> munch1 isDigit, TId <$> ((:) <$> satisfy isAlpha <*> munch isAlphaNum), TSym <$> satisfy (`elem` "+-*/()")]

expr :: ReadP Integer
expr = chainl1 term (((+) <$ sym '+') +++ ((-) <$ sym '-'))
  where
    term = chainl1 factor (((*) <$ sym '*') <++ (div <$ sym '/'))
    factor = (read <$> (skipSpaces >> munch1 isDigit)) +++ between (sym '(') (sym ')') expr
    sym c = skipSpaces >> char c

main :: IO ()
main = do
  let cs = "aZ5 \t\n_!\xe9\xdf\x3a3\x3c2\x4e2d\x1f600\x2167\xbd\x660\x300\x2028\x7f\xa0\xff\x10ffff"
  mapM_ (\c -> putStrLn (show c ++ " " ++ show (generalCategory c) ++ " " ++ concat [n | (n, True) <- [("C", isControl c), ("S", isSpace c), ("L", isLower c), ("U", isUpper c), ("A", isAlpha c), ("N", isAlphaNum c), ("P", isPrint c), ("D", isDigit c), ("O", isOctDigit c), ("H", isHexDigit c), ("l", isLetter c), ("m", isMark c), ("n", isNumber c), ("p", isPunctuation c), ("s", isSymbol c), ("z", isSeparator c), ("a", isAscii c), ("1", isLatin1 c), ("u", isAsciiUpper c), ("w", isAsciiLower c)]] ++ " " ++ [toUpper c, toLower c, toTitle c])) cs
  print (map digitToInt "09afAF", map intToDigit [0, 9, 10, 15], ord 'A', chr 955, map generalCategory "a1 .", [minBound .. maxBound :: GeneralCategory] !! 5, succ Space, fromEnum Surrogate)
  print (map (subtract (ord 'a') . ord) "hello", map toUpper "straße café", map toLower "ÀÉÎ ΣΑΣ", isPunctuation '¿', isSymbol '€', show (lexLitChar "\\nabc"), showLitChar '\n' "", read "'\\t'" :: Char)
  -- printf
  printf "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%c|%s|%10s|%-10s|%.2s\n" (42 :: Int) (42 :: Int) (42 :: Int) (42 :: Int) (42 :: Int) (42 :: Int) (255 :: Int) (255 :: Int) (8 :: Int) (255 :: Int) (8 :: Int) 'z' "str" "right" "left" "truncate"
  printf "%f|%.2f|%8.3f|%-8.1f|%e|%.3e|%g|%g|%g|%.3g|%08.2f|%+.1f\n" (3.14159 :: Double) (2.005 :: Double) (1.5 :: Double) (2.25 :: Double) (12345.678 :: Double) (0.000123 :: Double) (0.0001 :: Double) (1234567.0 :: Double) (0.5 :: Double) (3.14159 :: Double) (-3.7 :: Double) (2.0 :: Double)
  printf "%d %d %d %d %u %d %i\n" (-5 :: Integer) (2 ^ 70 :: Integer) (255 :: Word) (-1 :: Int) (3 :: Int) (7 :: Int) (8 :: Int)
  printf "%s and %v and %v %%\n" (show [1, 2 :: Int]) (10 :: Int) "v-string"
  let s = printf "%3d:%-4s|%c" (7 :: Int) "ab" 'q' :: String
  putStrLn s
  hPrintf' s
  print (printf "%.0f %.1f %.0e" (2.5 :: Double) (0.05 :: Double) (150 :: Double) :: String, printf "%5.1f%%" (99.44 :: Float) :: String, printf "%x %o" (-1 :: Int) (-8 :: Int) :: String)
  -- ReadP
  print (readP_to_S (many token) "x1 + 23*(y - 4)")
  print (fst (last (readP_to_S expr "2 + 3 * (10 - 4) / 2 - 1")))
  print (readP_to_S (sepBy1 (munch1 isDigit) (char ',')) "1,22,333", readP_to_S (endBy (munch1 isAlpha) (char ';')) "ab;cd;", readP_to_S (option 'x' (char 'a')) "b", readP_to_S (count 3 get) "abcd")
  print (readP_to_S (manyTill get (string "--")) "ab--cd", readP_to_S (look >>= \r -> return (length r)) "xyz", readP_to_S (optional (char '-') >> munch1 isDigit) "-12", readP_to_S (skipMany1 (char ' ') >> eof) "   ")
  print (readP_to_S (string "ab" <++ string "a") "abc", readP_to_S (gather (munch isDigit)) "12x", readP_to_S (sepBy (char 'a') (char ',') <* eof) "a,a", readP_to_S pfail "" :: [((), String)], readP_to_S (between (char '[') (char ']') (munch (/= ']'))) "[in]out")
  print (readP_to_S L.lex "  0x1F rest", readP_to_S L.lex "'c'", readP_to_S L.lex "\"s\\n\"", readP_to_S L.lex "ident_1'", readP_to_S L.lex "<=>", readP_to_S L.lex "1.5e3", readP_to_S L.hsLex "  (x)", readP_to_S (L.readDecP :: ReadP Int) "42z")
  print (readP_to_S (chainr1 (read <$> munch1 isDigit) ((^) <$ char '^')) "2^3^2" :: [(Integer, String)], readP_to_S (skipSpaces >> many1 (satisfy isUpper)) "  ABc", readP_to_S (munch1 isDigit +++ munch1 isAlpha) "abc")
  where
    hPrintf' s' = printf "again: %s (%d chars)\n" s' (length s')
