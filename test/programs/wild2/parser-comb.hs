{-# LANGUAGE LambdaCase #-}
-- A hand-rolled parser combinator library (Functor/Applicative/Monad/Alternative
-- instances) parsing arithmetic with precedence and an INI file format.
module Main (main) where

import Control.Applicative
import Data.Char
import Data.List (intercalate)

newtype Parser a = Parser { runParser :: String -> Maybe (a, String) }

instance Functor Parser where
  fmap f (Parser p) = Parser $ \s -> fmap (\(a, r) -> (f a, r)) (p s)
instance Applicative Parser where
  pure x = Parser $ \s -> Just (x, s)
  Parser pf <*> Parser pa = Parser $ \s -> case pf s of
    Nothing -> Nothing
    Just (f, r) -> fmap (\(a, r') -> (f a, r')) (pa r)
instance Monad Parser where
  Parser p >>= f = Parser $ \s -> p s >>= \(a, r) -> runParser (f a) r
instance Alternative Parser where
  empty = Parser (const Nothing)
  Parser p <|> Parser q = Parser $ \s -> p s <|> q s

satisfy :: (Char -> Bool) -> Parser Char
satisfy f = Parser $ \case
  (c:cs) | f c -> Just (c, cs)
  _ -> Nothing

char :: Char -> Parser Char
char = satisfy . (==)
spaces :: Parser ()
spaces = () <$ many (satisfy (== ' '))
token :: Parser a -> Parser a
token p = p <* spaces
symbol :: Char -> Parser Char
symbol = token . char

number :: Parser Integer
number = token (read <$> some (satisfy isDigit))

chainl1 :: Parser a -> Parser (a -> a -> a) -> Parser a
chainl1 p op = p >>= rest
  where rest a = (do f <- op; b <- p; rest (f a b)) <|> pure a

expr, term, factor :: Parser Integer
expr = term `chainl1` (((+) <$ symbol '+') <|> ((-) <$ symbol '-'))
term = factor `chainl1` (((*) <$ symbol '*') <|> (div <$ symbol '/'))
factor = number <|> (symbol '(' *> expr <* symbol ')') <|> (negate <$> (symbol '-' *> factor))

data Ini = Ini [(String, [(String, String)])] deriving Show

ini :: Parser Ini
ini = Ini <$> many section
  where
    section = (,) <$> (char '[' *> some (satisfy (/= ']')) <* char ']' <* eol) <*> many pair <* many blank
    pair = (,) <$> (some (satisfy isAlphaNum) <* spaces <* char '=' <* spaces) <*> many (satisfy (/= '\n')) <* eol
    eol = char '\n'
    blank = char '\n'

main :: IO ()
main = do
  mapM_ (print . runParser (spaces *> expr)) ["1 + 2 * 3", "(1+2)*3 - -4", "100 / 7 / 2", "2 *", "  42abc"]
  let src = "[server]\nhost=example.org\nport = 8080\n\n[client]\nretries=3\n"
  case runParser ini src of
    Just (Ini secs, rest) -> do
      mapM_ (\(n, kvs) -> putStrLn (n ++ ": " ++ intercalate ", " [k ++ "->" ++ v | (k, v) <- kvs])) secs
      print rest
    Nothing -> putStrLn "no parse"
  print (runParser (many (symbol 'a') *> optional (symbol 'b')) "a a c")
