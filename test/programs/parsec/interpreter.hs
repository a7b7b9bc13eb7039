-- A small imperative language: parsed with Text.Parsec.Token/Expr (over a
-- javaStyle definition), run in a State monad over a Data.Map store.
import Control.Monad.State
import qualified Data.Map as M
import Data.Functor.Identity (Identity)
import Text.Parsec hiding (State)
import Text.Parsec.Expr
import Text.Parsec.Language (javaStyle)
import Text.Parsec.String (Parser)
import qualified Text.Parsec.Token as T

data Expr = Var String | Lit Integer | Bin String Expr Expr | Not Expr deriving Show
data Stmt = Assign String Expr | While Expr [Stmt] | If Expr [Stmt] [Stmt] | Print Expr deriving Show

lexer :: T.TokenParser ()
lexer =
  T.makeTokenParser
    javaStyle
      { T.reservedNames = ["while", "if", "else", "print"]
      , T.reservedOpNames = ["+", "-", "*", "/", "%", "<", "==", "!", "="]
      , T.caseSensitive = True
      }

expr :: Parser Expr
expr = buildExpressionParser table atom <?> "expression"
  where
    table :: OperatorTable String () Identity Expr
    table =
      [ [Prefix (Not <$ T.reservedOp lexer "!")]
      , [bin "*" AssocLeft, bin "/" AssocLeft, bin "%" AssocLeft]
      , [bin "+" AssocLeft, bin "-" AssocLeft]
      , [bin "<" AssocNone, bin "==" AssocNone]
      ]
    bin op = Infix (Bin op <$ T.reservedOp lexer op)
    atom = Var <$> T.identifier lexer <|> Lit <$> T.natural lexer <|> T.parens lexer expr

stmt :: Parser Stmt
stmt =
  choice
    [ While <$> (T.reserved lexer "while" *> T.parens lexer expr) <*> block
    , If <$> (T.reserved lexer "if" *> T.parens lexer expr) <*> block <*> option [] (T.reserved lexer "else" *> block)
    , Print <$> (T.reserved lexer "print" *> expr) <* T.semi lexer
    , Assign <$> T.identifier lexer <*> (T.reservedOp lexer "=" *> expr) <* T.semi lexer
    ]
    <?> "statement"
  where
    block = T.braces lexer (many stmt)

program :: Parser [Stmt]
program = T.whiteSpace lexer *> many stmt <* eof

type Run = State (M.Map String Integer, [String])

eval :: Expr -> Run Integer
eval e = case e of
  Var v -> gets (M.findWithDefault 0 v . fst)
  Lit n -> return n
  Not a -> (\x -> if x == 0 then 1 else 0) <$> eval a
  Bin op a b -> do
    x <- eval a
    y <- eval b
    return $ case op of
      "+" -> x + y
      "-" -> x - y
      "*" -> x * y
      "/" -> if y == 0 then 0 else x `div` y
      "%" -> if y == 0 then 0 else x `mod` y
      "<" -> if x < y then 1 else 0
      _ -> if x == y then 1 else 0

exec :: Stmt -> Run ()
exec s = case s of
  Assign v e -> eval e >>= \x -> modify (\(m, o) -> (M.insert v x m, o))
  Print e -> eval e >>= \x -> modify (\(m, o) -> (m, show x : o))
  If c t f -> eval c >>= \x -> mapM_ exec (if x /= 0 then t else f)
  While c body -> do
    x <- eval c
    when (x /= 0) (mapM_ exec body >> exec s)

source :: String
source = unlines
  [ "/* gcd and primes */"
  , "a = 1071; b = 462;"
  , "while (!(b == 0)) { t = b; b = a % b; a = t; }"
  , "print a;"
  , "n = 2; count = 0;"
  , "while (n < 40) {"
  , "  d = 2; prime = 1;"
  , "  while (d * d < n + 1) { if (n % d == 0) { prime = 0; } d = d + 1; }"
  , "  if (prime) { print n; count = count + 1; } else { }"
  , "  n = n + 1; // next"
  , "}"
  , "print count * 100;"
  ]

main :: IO ()
main = do
  case parse program "prog" source of
    Left err -> print err
    Right stmts -> do
      print (length stmts)
      let (store, out) = execState (mapM_ exec stmts) (M.empty, [])
      putStrLn (unwords (reverse out))
      print (M.toList store)
  mapM_ (print . parse program "bad")
    [ "x = 1 + ;", "while (x) { y = 2; ", "if x { }", "x = 1 < 2 < 3;", "print 1", "1 = x;", "whilex = 3; print whilex;" ]
