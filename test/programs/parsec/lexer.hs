-- Text.Parsec.Token with Language definitions: a small Haskell-like lexer,
-- numbers, literals, reserved words and operators, comments.
import Text.Parsec
import Text.Parsec.Language (emptyDef, haskellDef, javaStyle)
import Text.Parsec.String (Parser)
import qualified Text.Parsec.Token as T

hs :: T.TokenParser ()
hs = T.makeTokenParser haskellDef

data Tok
  = TId String
  | TRes String
  | TOp String
  | TResOp String
  | TNat Integer
  | TFloat Double
  | TChar Char
  | TStr String
  | TSym String
  deriving Show

token' :: Parser Tok
token' =
  choice
    [ TRes <$> choice [name <$ T.reserved hs name | name <- ["let", "in", "where", "case", "of"]]
    , TId <$> T.identifier hs
    , TResOp <$> choice [name <$ T.reservedOp hs name | name <- ["=", "->", "::", "\\"]]
    , TOp <$> T.operator hs
    , either TNat TFloat <$> T.naturalOrFloat hs
    , TChar <$> T.charLiteral hs
    , TStr <$> T.stringLiteral hs
    , TSym <$> T.parens hs (T.identifier hs)
    , TSym <$> T.comma hs
    , TSym <$> T.semi hs
    ]

tokensP :: Parser [Tok]
tokensP = T.whiteSpace hs *> many token' <* eof

emptyLang :: T.TokenParser ()
emptyLang = T.makeTokenParser emptyDef

java :: T.TokenParser ()
java = T.makeTokenParser javaStyle {T.reservedNames = ["class", "Public"]}

main :: IO ()
main = do
  let run :: Show a => Parser a -> String -> IO ()
      run p s = putStrLn (either (("error: " ++) . show) show (parse p "lex" s))
  run tokensP "let x = 42 in x + 3.5e2 -- comment\n  where {- nested {- c -} -} y :: Int"
  run tokensP "f 'a' '\\n' \"str\\tesc\\65\\x41\\o101\\^A\\NUL\\SOH\\DEL\" (g) , ; 0x1F 0o17 017"
  run tokensP "a ->> b -> c \\ x"
  run tokensP "x = \"unterminated"
  run tokensP "{- unclosed comment"
  run tokensP "'ab'"
  run tokensP "1.5e 3"
  run tokensP "let in"
  run tokensP "\"gap \\   \\done\" \"empty\\&x\""
  run (T.integer hs) "-  12"
  run (T.integer hs) "+7"
  run (T.natural hs) "0x"
  run (T.float hs) "3"
  run (T.float hs) "3.25"
  run (T.float hs) "1e10"
  run (T.decimal hs) "0099"
  run (T.hexadecimal hs) "xff"
  run (T.octal hs) "o777"
  run (T.identifier hs) "where"
  run (T.identifier hs) "x#y'"
  run (T.reserved hs "let") "lets"
  run (T.reservedOp hs "->") "->>"
  run (T.operator hs) "=>"
  run (T.operator hs) "<$>"
  run (T.commaSep hs (T.natural hs)) "1, 2 ,3"
  run (T.commaSep1 hs (T.natural hs)) ""
  run (T.semiSep1 hs (T.identifier hs)) "a; b;c"
  run (T.braces hs (T.semiSep hs (T.natural hs))) "{ 1; 2 }"
  run (T.brackets hs (T.natural hs)) "[ 1 ]"
  run (T.angles hs (T.natural hs)) "< 1 >"
  run (T.squares hs (T.natural hs)) "[1"
  run (T.symbol hs "::" >> T.colon hs >> T.dot hs) ":: : ."
  run (T.identifier emptyLang >> T.identifier emptyLang) "_foo bar"
  run (T.whiteSpace emptyLang >> T.natural emptyLang) "  -- not a comment"
  run (many (T.identifier java)) "/* c */ foo // x\n bar CLASS public"
  run (T.reserved java "public") "PuBLiC x"
  run (T.charLiteral hs) "'\\1114112'"
  run (T.charLiteral hs) "'\\'"
  run (T.stringLiteral hs) "\"a\\zb\""
  run (T.lexeme hs (char 'q')) "q   "
