-- parsec's language definitions, parseTest's messages, SourcePos's Show and
-- parserTrace at -O1: their floated strings and helpers are defined from
-- the interface files' unfoldings.
import Text.Parsec
import Text.Parsec.Pos (initialPos, newPos)
import Text.Parsec.Language (emptyDef, haskell, haskellDef, javaStyle)
import Text.Parsec.String (Parser)
import qualified Text.Parsec.Token as T

main :: IO ()
main = do
  let lexer = T.makeTokenParser haskellDef
  parseTest (T.identifier lexer) "foo bar"
  parseTest (many1 digit :: Parser String) "abc"
  print (parse (T.reservedOp lexer "=" >> T.integer lexer) "" "= 42")
  print (parse (T.reserved lexer "where" >> T.identifier lexer) "src" "where x")
  print (parse (T.identifier lexer) "src" "where")
  print (T.reservedNames haskellDef, T.reservedOpNames haskellDef)
  print (T.commentStart emptyDef, T.commentEnd emptyDef, T.commentLine emptyDef, T.nestedComments emptyDef)
  print (T.reservedNames javaStyle, T.caseSensitive javaStyle)
  print (parse (T.parens haskell (T.commaSep haskell (T.natural haskell))) "" "(1, 2,3)")
  print (parse (T.operator lexer) "" "+++ x", parse (T.operator (T.makeTokenParser emptyDef)) "" "<$> y")
  print (newPos "file.hs" 3 7, setSourceLine (initialPos "a") 9)
  parseTest (parserTrace "before" >> char 'a' >> parserTraced "inner" (char 'b')) "abc"
