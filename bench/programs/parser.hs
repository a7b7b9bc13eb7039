-- A parser-combinator library of our own (a newtype over String -> Maybe)
-- parsing and evaluating generated arithmetic expressions.
import Data.Char (isDigit, isSpace)

newtype Parser a = Parser {runParser :: String -> Maybe (a, String)}

instance Functor Parser where
  fmap f (Parser p) = Parser $ \s -> case p s of
    Nothing -> Nothing
    Just (a, r) -> Just (f a, r)

instance Applicative Parser where
  pure a = Parser $ \s -> Just (a, s)
  Parser pf <*> Parser pa = Parser $ \s -> case pf s of
    Nothing -> Nothing
    Just (f, r) -> case pa r of
      Nothing -> Nothing
      Just (a, r') -> Just (f a, r')

instance Monad Parser where
  Parser p >>= f = Parser $ \s -> case p s of
    Nothing -> Nothing
    Just (a, r) -> runParser (f a) r

(<|>) :: Parser a -> Parser a -> Parser a
Parser p <|> Parser q = Parser $ \s -> case p s of
  Nothing -> q s
  r -> r

satisfy :: (Char -> Bool) -> Parser Char
satisfy ok = Parser $ \s -> case s of
  (c : cs) | ok c -> Just (c, cs)
  _ -> Nothing

spaces :: Parser ()
spaces = Parser $ \s -> Just ((), dropWhile isSpace s)

token :: Char -> Parser Char
token c = satisfy (== c) <* spaces

many1 :: Parser a -> Parser [a]
many1 p = do x <- p; xs <- many0 p; return (x : xs)

many0 :: Parser a -> Parser [a]
many0 p = many1 p <|> pure []

number :: Parser Integer
number = read <$> many1 (satisfy isDigit) <* spaces

chainl1 :: Parser a -> Parser (a -> a -> a) -> Parser a
chainl1 p op = p >>= rest
  where
    rest a = (do f <- op; b <- p; rest (f a b)) <|> pure a

expr, term, factor :: Parser Integer
expr = chainl1 term ((token '+' >> pure (+)) <|> (token '-' >> pure (-)))
term = chainl1 factor (token '*' >> pure (*))
factor = number <|> (token '(' *> expr <* token ')')

gen :: Int -> Int -> String
gen 0 s = show (s `mod` 100)
gen d s = case s `mod` 4 of
  0 -> "(" ++ gen (d - 1) (s * 7 + 1) ++ " + " ++ gen (d - 1) (s * 13 + 5) ++ ")"
  1 -> gen (d - 1) (s * 11 + 3) ++ " * " ++ show (s `mod` 10)
  2 -> gen (d - 1) (s * 17 + 2) ++ " - " ++ gen (d - 1) (s * 3 + 7)
  _ -> "(" ++ gen (d - 1) (s * 5 + 9) ++ ")"

main :: IO ()
main = do
  let inputs = [gen 9 k | k <- [1 .. 40]]
  print (sum (map length inputs))
  mapM_ (\i -> print (fmap fst (runParser (spaces *> expr) i))) (take 5 inputs)
  print (sum [maybe 0 fst (runParser expr i) | i <- inputs])
