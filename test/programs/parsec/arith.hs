-- An arithmetic expression parser and evaluator built with
-- buildExpressionParser, plus its error messages.
import Data.Functor.Identity (Identity)
import Text.Parsec
import Text.Parsec.Expr
import Text.Parsec.String (Parser)

data Expr = Num Integer | Neg Expr | Fact Expr | Bin Char Expr Expr
  deriving Show

lexeme :: Parser a -> Parser a
lexeme p = p <* spaces

sym :: String -> Parser String
sym = lexeme . try . string

numberP :: Parser Expr
numberP = lexeme (Num . read <$> many1 digit) <?> "number"

term :: Parser Expr
term = between (sym "(") (sym ")") expr <|> numberP

table :: OperatorTable String () Identity Expr
table =
  [ [Prefix (Neg <$ sym "-"), Prefix (id <$ sym "+")]
  , [Postfix (Fact <$ sym "!")]
  , [Infix (Bin '^' <$ sym "^") AssocRight]
  , [Infix (Bin '*' <$ sym "*") AssocLeft, Infix (Bin '/' <$ sym "/") AssocLeft]
  , [Infix (Bin '+' <$ sym "+") AssocLeft, Infix (Bin '-' <$ sym "-") AssocLeft]
  , [Infix (Bin '=' <$ sym "==") AssocNone, Infix (Bin '<' <$ sym "<") AssocNone]
  ]

expr :: Parser Expr
expr = buildExpressionParser table term <?> "expression"

eval :: Expr -> Integer
eval e = case e of
  Num n -> n
  Neg a -> negate (eval a)
  Fact a -> product [1 .. eval a]
  Bin op a b ->
    let x = eval a
        y = eval b
     in case op of
          '+' -> x + y
          '-' -> x - y
          '*' -> x * y
          '/' -> if y == 0 then 0 else x `div` y
          '^' -> x ^ y
          '=' -> if x == y then 1 else 0
          _ -> if x < y then 1 else 0

main :: IO ()
main = mapM_ go
  [ "1 + 2 * 3"
  , "(1 + 2) * 3"
  , "2 ^ 3 ^ 2"
  , "10 - 4 - 3"
  , "-5 + 3!"
  , "100 / 7 / 2"
  , "1 == 1"
  , "1 == 1 == 1"
  , "1 < 2 + 3"
  , "2 ^ 100"
  , "1 +"
  , "(1 + 2"
  , "1 + * 2"
  , ""
  , "abc"
  , "1 2"
  , "((((7))))"
  , "3! ! "
  , "- - 4"
  ]
  where
    go s = case parse (spaces *> expr <* eof) "expr" s of
      Left err -> putStrLn ("error in " ++ show s ++ ": " ++ show err)
      Right e -> putStrLn (show s ++ " => " ++ show e ++ " = " ++ show (eval e))
