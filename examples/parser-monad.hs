-- A parser-combinator monad of our own, evaluating arithmetic lines from stdin.
import Data.Char (isDigit, isSpace)

newtype Parser a = Parser {runParser :: String -> Maybe (a, String)}

instance Functor Parser where
  fmap f (Parser p) = Parser (\s -> case p s of
    Nothing -> Nothing
    Just (a, rest) -> Just (f a, rest))

instance Applicative Parser where
  pure x = Parser (\s -> Just (x, s))
  pf <*> pa = pf >>= \f -> fmap f pa

instance Monad Parser where
  Parser p >>= k = Parser (\s -> case p s of
    Nothing -> Nothing
    Just (a, rest) -> runParser (k a) rest)

failP :: Parser a
failP = Parser (const Nothing)

(<|>) :: Parser a -> Parser a -> Parser a
Parser p <|> Parser q = Parser (\s -> maybe (q s) Just (p s))

satisfy :: (Char -> Bool) -> Parser Char
satisfy ok = Parser f
  where
    f (c : cs) | ok c = Just (c, cs)
    f _ = Nothing

spaces :: Parser ()
spaces = Parser (\s -> Just ((), dropWhile isSpace s))

token :: Parser a -> Parser a
token p = p >>= \a -> spaces >> return a

char :: Char -> Parser Char
char c = token (satisfy (== c))

many1 :: Parser a -> Parser [a]
many1 p = do
  x <- p
  xs <- many1 p <|> return []
  return (x : xs)

number :: Parser Integer
number = token (fmap read (many1 (satisfy isDigit)))

chainl1 :: Parser a -> Parser (a -> a -> a) -> Parser a
chainl1 p op = p >>= rest
  where
    rest a = (do f <- op; b <- p; rest (f a b)) <|> return a

expr, term, factor :: Parser Integer
expr = term `chainl1` ((char '+' >> return (+)) <|> (char '-' >> return (-)))
term = factor `chainl1` ((char '*' >> return (*)) <|> (char '/' >> return div))
factor = number <|> (char '(' >> expr >>= \e -> char ')' >> return e) <|> (char '-' >> fmap negate factor)

evalLine :: String -> String
evalLine l = case runParser (spaces >> expr) l of
  Just (v, "") -> l ++ " = " ++ show v
  Just (_, rest) -> l ++ " : unexpected " ++ show (take 5 rest)
  Nothing -> l ++ " : parse error"

main :: IO ()
main = getContents >>= mapM_ (putStrLn . evalLine) . lines
