import Control.Applicative
import Data.Char
import Data.List (foldl')

newtype Parser a = Parser { runParser :: String -> Maybe (a, String) }

instance Functor Parser where
  fmap f (Parser p) = Parser $ \s -> case p s of
    Nothing -> Nothing
    Just (a, rest) -> Just (f a, rest)

instance Applicative Parser where
  pure x = Parser $ \s -> Just (x, s)
  Parser pf <*> Parser pa = Parser $ \s -> do
    (f, r1) <- pf s
    (a, r2) <- pa r1
    pure (f a, r2)

instance Monad Parser where
  Parser p >>= f = Parser $ \s -> case p s of
    Nothing -> Nothing
    Just (a, rest) -> runParser (f a) rest

instance Alternative Parser where
  empty = Parser (const Nothing)
  Parser p <|> Parser q = Parser $ \s -> p s <|> q s

satisfy :: (Char -> Bool) -> Parser Char
satisfy pr = Parser f where
  f (c : cs) | pr c = Just (c, cs)
  f _ = Nothing

char :: Char -> Parser Char
char c = satisfy (== c)

spaces :: Parser ()
spaces = () <$ many (satisfy isSpace)

token :: Parser a -> Parser a
token p = p <* spaces

symbol :: Char -> Parser Char
symbol = token . char

number :: Parser Double
number = token $ do
  ds <- some (satisfy isDigit)
  frac <- optional (char '.' *> some (satisfy isDigit))
  pure (read (ds ++ maybe "" ('.' :) frac))

data Expr = Num Double | Var String | BinOp Char Expr Expr | Call String [Expr] deriving Show

ident :: Parser String
ident = token ((:) <$> satisfy isAlpha <*> many (satisfy isAlphaNum))

expr, term, factor :: Parser Expr
expr = chainl1 term (BinOp <$> (symbol '+' <|> symbol '-'))
term = chainl1 factor (BinOp <$> (symbol '*' <|> symbol '/'))
factor = Num <$> number
     <|> (do f <- ident; args <- symbol '(' *> sepBy expr (symbol ',') <* symbol ')'; pure (Call f args))
     <|> Var <$> ident
     <|> symbol '(' *> expr <* symbol ')'

sepBy :: Parser a -> Parser b -> Parser [a]
sepBy p s = ((:) <$> p <*> many (s *> p)) <|> pure []

chainl1 :: Parser a -> Parser (a -> a -> a) -> Parser a
chainl1 p op = foldl' (\acc (f, x) -> f acc x) <$> p <*> many ((,) <$> op <*> p)

eval :: [(String, Double)] -> Expr -> Either String Double
eval _ (Num n) = Right n
eval env (Var v) = maybe (Left ("unbound " ++ v)) Right (lookup v env)
eval env (BinOp o a b) = do
  x <- eval env a
  y <- eval env b
  case o of
    '+' -> pure (x + y); '-' -> pure (x - y); '*' -> pure (x * y)
    '/' -> if y == 0 then Left "div by zero" else pure (x / y)
    _ -> Left "op"
eval env (Call "max" as) = maximum <$> traverse (eval env) as
eval env (Call "sqrt" [a]) = sqrt <$> eval env a
eval _ (Call f _) = Left ("unknown function " ++ f)

main :: IO ()
main = do
  ls <- lines <$> getContents
  let env = [("x", 3), ("pi", 3.14159)]
  mapM_ (\l -> case runParser (spaces *> expr) l of
            Just (e, "") -> putStrLn (l ++ " = " ++ either ("error: " ++) show (eval env e))
            Just (_, rest) -> putStrLn (l ++ ": trailing " ++ show rest)
            Nothing -> putStrLn (l ++ ": parse error")) ls
