-- Text.ParserCombinators.ReadP used directly as a parser library
import Text.ParserCombinators.ReadP
import Data.Char (isDigit, isAlpha, isSpace)

number :: ReadP Int
number = read <$> munch1 isDigit

expr :: ReadP Int
expr = chainl1 term (skipSpaces >> (((+) <$ char '+') +++ ((-) <$ char '-')))
term :: ReadP Int
term = chainl1 factor (skipSpaces >> ((*) <$ char '*'))
factor :: ReadP Int
factor = skipSpaces >> (number <++ between (char '(') (skipSpaces >> char ')') expr)

kv :: ReadP (String, Int)
kv = do k <- munch1 isAlpha; skipSpaces; _ <- char '='; skipSpaces; v <- number; return (k, v)

main :: IO ()
main = do
  print (readP_to_S expr "1 + 2 * (3 - 1)")
  print [ x | (x, "") <- readP_to_S (expr <* skipSpaces <* eof) "2*3+4 " ]
  print (readP_to_S (sepBy kv (char ',' >> skipSpaces)) "a=1, b=22")
  print (readP_to_S (many (satisfy isAlpha)) "ab1")
  print (readP_to_S (many1 (char 'a') +++ string "aa") "aaa")
  print (readP_to_S (string "ab" <++ string "a") "abc")
  print (readP_to_S (option 'z' (char 'q')) "qq")
  print (readP_to_S (count 3 get) "abcd")
  print (readP_to_S (manyTill get (string "--")) "ab--cd--")
  print (readP_to_S (endBy number (char ';')) "1;2;3")
  print (readP_to_S (gather (sepBy1 number (char '.'))) "1.22.3x")
  print (readP_to_S (skipMany1 (char ' ') >> look) "   x")
  print (readP_to_S (chainr1 number ((^) <$ char '^')) "2^3^2")
  print (readP_to_S (choice [string "x", string "xy", pfail]) "xyz")
  print (readP_to_S (optional (char '-') >> munch isDigit) "-12")
  print (readP_to_S (readS_to_P (reads :: ReadS Int) >>= \n -> char '!' >> return n) "5!")
  print (readP_to_S (endBy1 (munch1 isAlpha) (satisfy isSpace)) "ab cd ")
  print (readP_to_S (skipSpaces >> eof) "   ", readP_to_S eof "x")
  print (readP_to_S (chainl number ((-) <$ char '-') 0) "", readP_to_S (chainr number ((-) <$ char '-') 7) "9-4-1")
