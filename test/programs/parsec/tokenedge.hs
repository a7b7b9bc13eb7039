-- Text.Parsec.Token edge cases: escapes, number formats, comments,
-- case-insensitive reserved words, reserved-name errors.
import Text.Parsec
import Text.Parsec.Language (haskellDef, javaStyle, emptyDef)
import Text.Parsec.String (Parser)
import qualified Text.Parsec.Token as T

hs :: T.TokenParser ()
hs = T.makeTokenParser haskellDef

ci :: T.TokenParser ()
ci = T.makeTokenParser javaStyle {T.reservedNames = ["While", "do"], T.reservedOpNames = ["=", "=="]}

flat :: T.TokenParser ()
flat = T.makeTokenParser emptyDef {T.commentStart = "(*", T.commentEnd = "*)", T.nestedComments = False, T.commentLine = "#"}

run :: Show a => Parser a -> String -> IO ()
run p s = putStrLn (show s ++ " -> " ++ either (("error " ++) . show) show (parse (p <* eof) "" s))

main :: IO ()
main = do
  mapM_ (run (T.stringLiteral hs))
    [ "\"\\^@\\^Z\\^[\"", "\"\\1114111\"", "\"\\x110000\"", "\"\\o777\\SOH\\SO\\DEL\"", "\"\\^a\""
    , "\"tab\\there\"", "\"\\\"q\\\"\"", "\"a\nb\"", "\"\\  \n  \\x\"" ]
  mapM_ (run (T.charLiteral hs)) ["'\\''", "'\"'", "'\\x41'", "'\\o101'", "'\\65'", "''", "'\\^C'"]
  mapM_ (run (T.naturalOrFloat hs))
    ["0", "00", "0x", "0xAb", "0o17", "017", "1.5", "1e3", "1.5e-3", "1E+2", "0.5", "0e1", "12.", ".5", "1.5e", "123456789012345678901234567890"]
  mapM_ (run (T.integer hs)) ["-0x10", "- 5", "+ 0o7", "--5", "-"]
  mapM_ (run (T.float hs)) ["2.0", "2", "2e2", "0x1"]
  mapM_ (run (many (T.reserved ci "while" >> T.identifier ci))) ["WHILE x wHiLe y", "whilex"]
  mapM_ (run (many (T.identifier ci))) ["While", "DO", "x /* c /* d */ y", "x // line\n z"]
  mapM_ (run (T.reservedOp ci "=" >> T.reservedOp ci "==")) ["= ==", "=="]
  mapM_ (run (many (T.operator ci))) ["<> ==", "= x"]
  mapM_ (run (T.whiteSpace flat >> many (T.natural flat))) ["(* a (* b *) 1 2", "# c\n3 (* x *) 4", "(* open"]
  mapM_ (run (T.whiteSpace hs >> many (T.natural hs))) ["{- a {- b -} c -} 1", "{- a {- b -} 2", "-- x\n3 --| y"]
  mapM_ (run (T.parens hs (T.commaSep hs (T.identifier hs)))) ["( a , b , c )", "(a,)", "()"]
  mapM_ (run (T.symbol hs "=>" >> T.lexeme hs (many1 digit))) ["=> 12  ", "=>x"]
