-- parseTest and Show ParseError for many malformed inputs, including
-- parserFail / unexpected / labels and merged messages.
import Text.Parsec
import Text.Parsec.String (Parser)

date :: Parser (Int, Int, Int)
date = do
  y <- read <$> count 4 digit <?> "year"
  _ <- char '-'
  m <- read <$> count 2 digit <?> "month"
  _ <- char '-'
  d <- read <$> count 2 digit <?> "day"
  if m > 12 then fail ("bad month " ++ show m) else return (y, m, d)

ident :: Parser String
ident = ((:) <$> letter <*> many alphaNum) <?> "identifier"

assign :: Parser (String, Int)
assign = do
  v <- ident
  spaces
  _ <- char '=' <?> "assignment"
  spaces
  n <- read <$> many1 digit
  _ <- char ';'
  return (v, n)

main :: IO ()
main = do
  mapM_ (parseTest (date <* eof))
    ["2024-01-15", "2024-13-01", "2024/01/15", "24-01-15", "2024-01-15x", "", "2024-1-15"]
  mapM_ (parseTest (many1 assign <* eof))
    ["x = 1;", "x = 1; y=2;", "x 1;", "x = ;", "1x = 2;", "x = 1", "x = 1;;"]
  parseTest (many (char 'a') >> many (char 'b') >> eof) "aabbc"
  parseTest (sepBy ident (char ',') <* eof) "a,b,"
  parseTest (string "foo" <|> string "bar" <|> string "baz") "qux"
  parseTest (try (string "foo") <|> try (string "for") <|> string "fox") "fob"
  parseTest ((unexpected "thing" <|> fail "message one") <|> fail "message two" :: Parser ()) "z"
  parseTest (label (many1 digit) "number" >> label (many1 letter) "word") "12 "
  parseTest (labels digit ["a digit", "something numeric"]) "x"
  parseTest (char 'x' <?> "") "y"
  parseTest (eof >> return ()) "not empty"
  parseTest (return 3 :: Parser Int) ""
  parseTest (many1 (char '\t' <|> char '\n' <|> char '"')) "\t\n\"x"
  parseTest (char '\n') "\t"
  parseTest (string "\"quoted\"") "\"quotes\""
  parseTest (notFollowedBy (string "end") >> many1 letter) "ending"
  parseTest (manyTill letter (char '.')) "abc1"
  parseTest (lookAhead (char 'a') >> char 'b') "a"
