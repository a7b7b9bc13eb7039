{-# LANGUAGE FlexibleContexts #-}
-- A configuration-file parser built on parsec's token parsers (the
-- Haskell, Java and empty language definitions), with expressions,
-- sections and error reports (positions, messages, merged errors).
import Text.Parsec
import Text.Parsec.Expr
import Text.Parsec.Language
import Text.Parsec.String (Parser)
import qualified Text.Parsec.Token as T
import Text.Parsec.Error
import Text.Parsec.Pos
import Data.Char (toUpper)
import Data.List (intercalate)

data Value = VInt Integer | VFloat Double | VStr String | VChar Char | VBool Bool | VList [Value] | VExpr Integer
  deriving (Show, Eq)

data Entry = Entry String Value deriving Show

data Section = Section String [Entry] deriving Show

lexer :: T.TokenParser ()
lexer = T.makeTokenParser haskellDef

javaLexer :: T.TokenParser ()
javaLexer = T.makeTokenParser javaStyle { T.reservedNames = ["true", "false", "section"], T.reservedOpNames = ["=", "+", "*", "-"] }

value :: T.TokenParser () -> Parser Value
value l =
  choice
    [ try (VFloat <$> T.float l),
      VInt <$> T.integer l,
      VStr <$> T.stringLiteral l,
      VChar <$> T.charLiteral l,
      VBool True <$ T.reserved l "true",
      VBool False <$ T.reserved l "false",
      VList <$> T.brackets l (T.commaSep l (value l)),
      VExpr <$> T.parens l (expr l)
    ]
    <?> "a value"

expr :: T.TokenParser () -> Parser Integer
expr l = buildExpressionParser table (T.natural l <|> T.parens l (expr l)) <?> "expression"
  where
    table =
      [ [Prefix (negate <$ T.reservedOp l "-")],
        [Infix ((*) <$ T.reservedOp l "*") AssocLeft],
        [Infix ((+) <$ T.reservedOp l "+") AssocLeft, Infix ((-) <$ T.reservedOp l "-") AssocLeft]
      ]

entry :: T.TokenParser () -> Parser Entry
entry l = Entry <$> T.identifier l <* T.reservedOp l "=" <*> value l <* optional (T.semi l)

section :: T.TokenParser () -> Parser Section
section l = do
  T.reserved l "section"
  name <- T.identifier l <|> T.stringLiteral l
  es <- T.braces l (many (entry l))
  return (Section name es)

config :: T.TokenParser () -> Parser [Section]
config l = T.whiteSpace l *> many1 (section l) <* eof

showErr :: ParseError -> String
showErr e =
  let p = errorPos e
   in "at " ++ sourceName p ++ " line " ++ show (sourceLine p) ++ " col " ++ show (sourceColumn p)
        ++ " msgs=" ++ show (length (errorMessages e)) ++ " empty=" ++ show (errorIsUnknown e)
        ++ "\n" ++ show e
        ++ "\n" ++ showErrorMessages "or" "unknown" "expecting" "unexpected" "end of input" (errorMessages e)

sample :: String
sample =
  unlines
    [ "-- the server",
      "section server {",
      "  port = 8080;",
      "  ratio = 0.75",
      "  name = \"main\\tbox\\x41\"",
      "  sep = ','",
      "  debug = true",
      "  sizes = [1, 2, 0x1F, 0o17]",
      "  limit = (2 + 3 * 4 - -1)",
      "  {- block comment -} big = 12345678901234567890",
      "}",
      "section \"client side\" { retries = 3; verbose = false }"
    ]

jsample :: String
jsample = "// java style\nsection db { /* c */ host = \"localhost\"; weight = 1.5e2; id = 42 }"

main :: IO ()
main = do
  case parse (config lexer) "server.conf" sample of
    Left e -> putStrLn (showErr e)
    Right ss -> mapM_ print ss
  case parse (config javaLexer) "db.conf" jsample of
    Left e -> putStrLn (showErr e)
    Right ss -> mapM_ print ss
  let bad =
        [ "section s { port = }",
          "section s { x = 1 } trailing",
          "section { }",
          "section s { n = \"unterminated }",
          "section s { e = (1 + ) }",
          "",
          "section s { c = 'ab' }"
        ]
  mapM_ (\b -> either (putStrLn . showErr) print (parse (config lexer) "bad.conf" b)) bad
  -- positions
  let p0 = initialPos "f"
      p1 = updatePosString p0 "ab\ncd\te"
  print (p0, p1, sourceLine p1, sourceColumn p1, updatePosChar p1 '\n', setSourceLine p1 9, setSourceColumn p1 2, setSourceName p1 "g", incSourceLine p1 2, incSourceColumn p1 3, newPos "h" 3 4 < p1, compare p0 p1)
  -- error values built by hand
  let e1 = newErrorMessage (Expect "digit") (newPos "x" 1 2)
      e2 = addErrorMessage (UnExpect "'q'") (setErrorMessage (Message "custom") e1)
      e3 = mergeError e1 (newErrorMessage (SysUnExpect "\"z\"") (newPos "x" 1 5))
  print (e1, map messageString (errorMessages e2), messageString (head (errorMessages e2)), setErrorPos (newPos "y" 7 7) e3)
  print (map messageString (errorMessages e3), Expect "a" == Expect "b", Message "a" < UnExpect "a", compare (SysUnExpect "") (Message ""))
  print (errorIsUnknown (newErrorUnknown (newPos "u" 1 1)))
  -- token parser extras
  let run p s = either show show (parse (p <* eof) "" s)
  putStrLn (run (T.symbol lexer "let" *> T.identifier lexer) "let   x1'")
  putStrLn (run (T.naturalOrFloat lexer) "3.5e-2")
  putStrLn (run (T.naturalOrFloat lexer) "0xff")
  putStrLn (run (T.decimal lexer) "0123")
  putStrLn (run (T.hexadecimal lexer) "xBEEF")
  putStrLn (run (T.octal lexer) "o777")
  putStrLn (run (T.operator lexer) "<+>")
  putStrLn (run (T.angles lexer (T.semiSep1 lexer (T.identifier lexer))) "< a ; b;c >")
  putStrLn (run (T.commaSep1 lexer (T.lexeme lexer (many1 upper))) "A, BC ,D")
  putStrLn (run (T.dot lexer >> T.colon lexer >> T.comma lexer) ". : ,")
  putStrLn (run (T.identifier lexer) "where")
  putStrLn (run (T.reservedOp lexer "=>" ) "=>")
  putStrLn (run (map toUpper <$> T.identifier (T.makeTokenParser emptyDef)) "hello")
  putStrLn (run (T.stringLiteral lexer) "\"a\\&b\\^Ac\\SOH\\1234\\\n   \\d\"")
  putStrLn (intercalate "|" [run (T.identifier (T.makeTokenParser haskellStyle)) "Foo_1", run (T.reserved (T.makeTokenParser mondrianDef) "class") "class"])
