-- The parsec-2 compatibility API: Text.ParserCombinators.Parsec and its
-- submodules (Expr, Token, Language, Error, Prim's pzero/try/runParser).
import Text.ParserCombinators.Parsec
import Text.ParserCombinators.Parsec.Error
import Text.ParserCombinators.Parsec.Expr
import qualified Text.ParserCombinators.Parsec.Token as P
import Text.ParserCombinators.Parsec.Language (haskellStyle, emptyDef)

lexer :: P.TokenParser ()
lexer = P.makeTokenParser haskellStyle {P.reservedOpNames = ["+", "*", "-"]}

expr :: Parser Integer
expr = buildExpressionParser table factor <?> "expression"
  where
    table =
      [ [Prefix (P.reservedOp lexer "-" >> return negate)]
      , [Infix (P.reservedOp lexer "*" >> return (*)) AssocLeft]
      , [Infix (P.reservedOp lexer "+" >> return (+)) AssocLeft]
      ]
    factor = P.parens lexer expr <|> P.natural lexer <?> "simple expression"

counter :: GenParser Char Int Int
counter = do
  _ <- many (char 'x' >> updateState (+ 1))
  getState

csvLine :: CharParser () [String]
csvLine = sepBy (many (noneOf ",\n")) (char ',')

main :: IO ()
main = do
  print (parse (P.whiteSpace lexer >> expr <* eof) "" " 1 + 2 * -3 {- c -} + (4)")
  print (parse (expr <* eof) "" "1 + ")
  print (runParser counter 0 "" "xxxx")
  print (parse csvLine "" "a,b,,c")
  print (parse (try (string "ab") <|> string "cd") "" "ax")
  print (parse (pzero <|> return 'k') "" "")
  case parse (string "hello" >> eof) "greeting" "help" of
    Left e -> do
      print (errorPos e)
      print (map messageString (errorMessages e))
      print (errorIsUnknown e)
      putStrLn (showErrorMessages "or" "unknown" "expecting" "unexpected" "end of input" (errorMessages e))
      print (messageCompare (Expect "a") (UnExpect "b"), messageEq (Message "x") (Message "y"))
    Right _ -> putStrLn "unexpected success"
  print (parse (many1 letter >>= \w -> sourceColumn <$> getPosition >>= \c -> return (w, c)) "" "abc1")
  parseTest (many1 digit >> char '.') "12,"
  parseTest (P.identifier lexer) "name rest"
  print (parse (P.stringLiteral (P.makeTokenParser emptyDef)) "" "\"x\\ty\"")
