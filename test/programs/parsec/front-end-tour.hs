-- A small language front end: parsec's Token/Language/Expr modules for
-- each language definition (haskellDef, javaStyle, mondrianDef, emptyDef),
-- error messages, positions, parser state; and pretty's HughesPJClass
-- instances (tuples up to eight, Maybe, Either, lists, numbers, Ordering)
-- printed through both the plain and the annotated HughesPJClass, at every
-- PrettyLevel, as a REPL prints its values.
import qualified Text.PrettyPrint.Annotated.HughesPJClass as A
import Text.Parsec
import Text.Parsec.Error
import Text.Parsec.Expr
import Text.Parsec.Language
import Text.Parsec.Pos
import Text.Parsec.String (Parser)
import qualified Text.Parsec.Token as T
import Text.PrettyPrint.HughesPJClass hiding (char, (<>), space)
import qualified Text.PrettyPrint.HughesPJClass as PP

data Expr = Num Integer | Var String | Bin String Expr Expr | Neg Expr deriving Show

instance Pretty Expr where
  pPrintPrec _ _ (Num n) = integer n
  pPrintPrec _ _ (Var v) = text v
  pPrintPrec l p (Bin o a b) = maybeParens (p > 5) (sep [pPrintPrec l 6 a, text o <+> pPrintPrec l 6 b])
  pPrintPrec l p (Neg e) = PP.char '-' PP.<> pPrintPrec l 9 e

exprWith :: T.TokenParser () -> Parser Expr
exprWith tp = buildExpressionParser table term <?> "expression"
  where
    term = T.parens tp (exprWith tp) <|> (Num <$> T.natural tp) <|> (Var <$> T.identifier tp)
    table =
      [ [Prefix (Neg <$ T.reservedOp tp "-")],
        [Infix (Bin "*" <$ T.reservedOp tp "*") AssocLeft, Infix (Bin "/" <$ T.reservedOp tp "/") AssocLeft],
        [Infix (Bin "+" <$ T.reservedOp tp "+") AssocLeft, Infix (Bin "-" <$ T.reservedOp tp "-") AssocLeft],
        [Infix (Bin "==" <$ T.reservedOp tp "==") AssocNone],
        [Infix (Bin "^" <$ T.reservedOp tp "^") AssocRight]
      ]

runLang :: String -> T.TokenParser () -> String -> IO ()
runLang name tp src = case parse (T.whiteSpace tp *> exprWith tp <* eof) name src of
  Left e -> putStrLn ("error: " ++ show e) >> print (errorPos e, sourceName (errorPos e), sourceLine (errorPos e), sourceColumn (errorPos e), map messageString (errorMessages e), errorIsUnknown e)
  Right x -> putStrLn (render (pPrint x)) >> print x

tokensOf :: T.TokenParser () -> Parser [String]
tokensOf tp = T.whiteSpace tp *> many tok <* eof
  where
    tok = choice
      [ try (show <$> T.naturalOrFloat tp),
        show <$> T.stringLiteral tp,
        show <$> T.charLiteral tp,
        T.identifier tp,
        T.operator tp,
        T.symbol tp ",",
        concat <$> T.brackets tp (T.commaSep tp (T.identifier tp)),
        concat <$> T.braces tp (T.semiSep1 tp (T.identifier tp)),
        T.angles tp (T.identifier tp)
      ]

main :: IO ()
main = do
  let langs = [("haskell", T.makeTokenParser haskellDef), ("java", T.makeTokenParser javaStyle), ("mondrian", T.makeTokenParser mondrianDef), ("empty", T.makeTokenParser emptyDef), ("haskellStyle", T.makeTokenParser haskellStyle)]
  mapM_ (\(n, tp) -> putStrLn ("-- " ++ n) >> runLang n tp "1 + x * (y - 3) -- c\n + 10" >> runLang n tp "a + * b" >> runLang n tp "/* c */ 2 {- h -} == 4 ^ 2 ^ 1") langs
  mapM_ (\(n, tp) -> print (parse (tokensOf tp) n "x1 3.5e2 0x1F 'c' \"s\\n\" [a, b] {p; q} <t> +++ , 017")) langs
  print (map (\d -> (T.commentStart d, T.commentEnd d, T.commentLine d, T.nestedComments d, T.reservedNames d, T.reservedOpNames d, T.caseSensitive d)) [haskellDef, javaStyle, mondrianDef, emptyDef])
  print (parse (T.reserved (T.makeTokenParser haskellDef) "where") "" "where", parse (T.reserved (T.makeTokenParser haskellDef) "where") "" "wherever")
  print (parse (T.identifier (T.makeTokenParser javaStyle) ) "j" "class", parse (T.identifier (T.makeTokenParser mondrianDef)) "m" "class")
  print (parse (T.integer (T.makeTokenParser haskellDef)) "" "-  42", parse (T.float (T.makeTokenParser haskellDef)) "" "1.5e-3", parse (T.decimal (T.makeTokenParser haskellDef)) "" "0099", parse (T.hexadecimal (T.makeTokenParser haskellDef)) "" "xfF", parse (T.octal (T.makeTokenParser haskellDef)) "" "o17")
  print (parse (T.lexeme (T.makeTokenParser emptyDef) (many1 digit) >> T.semi (T.makeTokenParser emptyDef) >> T.colon (T.makeTokenParser emptyDef) >> T.dot (T.makeTokenParser emptyDef) >> T.comma (T.makeTokenParser emptyDef)) "" "12 ; : . ,")
  -- parser state and positions
  let counting :: Parsec String Int [String]
      counting = many (many1 letter <* spaces <* modifyState (+ 1))
  print (runParser (counting >>= \ws -> getState >>= \n -> getPosition >>= \p -> return (ws, n, p)) 0 "src" "ab cd\nef")
  print (runParser (setState 5 >> putState 7 >> updateState (* 2) >> getState) (0 :: Int) "" "")
  print (parse (setPosition (newPos "file" 10 20) >> getPosition) "" "", parse (setInput "new" >> getInput) "" "old", parse (getParserState >>= \s -> return (stateInput s, statePos s)) "n" "in")
  print (parse (updateParserState (\s -> s {stateInput = "zz"}) >> many anyChar) "" "x", parse (setParserState (State "q" (initialPos "w") ()) >> anyChar) "" "")
  let p1 = newPos "a.hs" 3 4
  print (p1, incSourceLine p1 2, incSourceColumn p1 5, setSourceLine p1 9, setSourceColumn p1 1, setSourceName p1 "b.hs", updatePosChar p1 '\t', updatePosChar p1 '\n', updatePosString p1 "ab\ncd")
  print (p1 == p1, p1 /= initialPos "a.hs", compare p1 (newPos "a.hs" 3 5), p1 < p1, p1 <= p1, p1 > p1, p1 >= p1, max p1 (initialPos "z"), min p1 (initialPos "z"))
  -- errors and messages
  let err = either id (const (error "parsed")) (parse ((string "abc" <?> "the abc") >> (unexpected "thing" :: Parser ())) "e" "abd")
      err2 = either id (const (error "parsed")) (parse (fail "custom failure" :: Parser ()) "f" "")
      err3 = either id (const (error "parsed")) (parse (lookAhead (char 'x') >> skipMany1 (char 'y')) "g" "xz")
  print (err, err2, err3)
  print (err == err, err /= err2, map messageString (errorMessages (mergeError err err2)), showErrorMessages "or" "unknown" "expecting" "unexpected" "end of input" (errorMessages err3))
  print (addErrorMessage (Message "added") err2, setErrorMessage (Expect "x") err2, setErrorPos (newPos "h" 1 1) err2, newErrorMessage (SysUnExpect "s") (initialPos "i"), errorIsUnknown (newErrorUnknown (initialPos "u")))
  let msgs = [SysUnExpect "a", UnExpect "b", Expect "c", Message "d"]
  print (map fromEnum msgs, zipWith compare msgs (tail msgs), zipWith (==) msgs msgs, zipWith (/=) msgs (tail msgs), zipWith (<) msgs (tail msgs), zipWith (<=) msgs msgs, zipWith (>) msgs msgs, zipWith (>=) msgs msgs, foldr1 max msgs == foldr1 min msgs)
  print (map messageString msgs, showList [err] "", showsPrec 11 err2 "")
  print (parse (manyTill anyChar (try (string "-->")) <* eof) "" "abc-->", parse (sepEndBy1 digit (char ',')) "" "1,2,", parse (chainl1 (read . pure <$> digit) ((-) <$ char '-')) "" "9-3-1", parse (chainr1 (read . pure <$> digit) ((-) <$ char '-')) "" "9-3-1" :: Either ParseError Int)
  print (parse (count 2 letter >> notFollowedBy digit >> optionMaybe (char '!') >>= \m -> optional space >> return m) "" "ab! ", parse (between (char '(') (char ')') (endBy letter (char ';'))) "" "(a;b;)", parse (many1 (oneOf "ab") <> many (noneOf "c")) "" "abxc")
  parseTest (many1 digit >>= \d -> eof >> return d) "123"
  parseTest (many1 digit) "x"
  -- pretty's classes, plain and annotated
  let vals = (1 :: Int, 'c', True, 2.5 :: Double, 3 :: Integer, "str", LT, 1.5 :: Float)
  mapM_ (\l -> putStrLn (render (pPrintPrec (PrettyLevel l) 11 vals))) [0, 1]
  putStrLn (prettyShow ((), ((), ()), (1 :: Int, 2 :: Int, 3 :: Int), (Just 'x', Nothing :: Maybe Int), [Left 1, Right 'r' :: Either Int Char]))
  putStrLn (prettyShow ((1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int), (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int), (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int, 6 :: Int), ('a', 'b', 'c', 'd', 'e', 'f', 'g')))
  putStrLn (render (pPrintList prettyNormal [True, False] $$ pPrintList prettyNormal [1.5 :: Double] $$ pPrintList prettyNormal [2.5 :: Float] $$ pPrintList prettyNormal [7 :: Integer] $$ pPrintList prettyNormal [(), ()] $$ pPrintList prettyNormal [Just 'j']))
  putStrLn (render (pPrintList prettyNormal [Left 'l' :: Either Char Int] $$ pPrintList prettyNormal [((), 'a')] $$ pPrintList prettyNormal [('a', 'b', 'c')] $$ pPrintList prettyNormal [('a', 'b', 'c', 'd')] $$ pPrintList prettyNormal [GT]))
  putStrLn (render (pPrintPrec prettyNormal 11 (Just (-3 :: Int)) <+> pPrintPrec prettyNormal 11 (Left (-2.5) :: Either Double ()) <+> pPrintPrec prettyNormal 11 (-4 :: Integer) <+> pPrintPrec prettyNormal 11 (-1.5 :: Float) <+> pPrintPrec prettyNormal 11 'q' <+> pPrint EQ))
  print (prettyNormal, PrettyLevel 3, showsPrec 11 (PrettyLevel 2) "", showList [prettyNormal] "", prettyNormal == PrettyLevel 0, prettyNormal < PrettyLevel 1, prettyParen True (text "p"))
  putStrLn (renderStyle style {mode = OneLineMode} (pPrint (Bin "+" (Num 1) (Bin "*" (Var "x") (Neg (Num 2))))))
  putStrLn (A.renderStyle A.style (A.pPrintPrec A.prettyNormal 11 vals A.$$ A.pPrint ((), [Just 'a'], Left 3 :: Either Int ()) A.$$ A.pPrintList A.prettyNormal [(1 :: Int, 'x')]))
  putStrLn (A.prettyShow ((), ((), ()), (1 :: Int, 2 :: Int, 3 :: Int), (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int), (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int), ('a', 'b', 'c', 'd', 'e', 'f'), ('a', 'b', 'c', 'd', 'e', 'f', 'g'), ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')))
  putStrLn (A.render (A.pPrintList A.prettyNormal [True] A.$$ A.pPrintList A.prettyNormal [1.5 :: Double] A.$$ A.pPrintList A.prettyNormal [2.5 :: Float] A.$$ A.pPrintList A.prettyNormal [7 :: Integer] A.$$ A.pPrintList A.prettyNormal [(), ()] A.$$ A.pPrintList A.prettyNormal [Just 'j', Nothing] A.$$ A.pPrintList A.prettyNormal [Left 'l' :: Either Char Int]))
  putStrLn (A.render (A.pPrintList A.prettyNormal [('a', 'b', 'c')] A.$$ A.pPrintList A.prettyNormal [('a', 'b', 'c', 'd')] A.$$ A.pPrintList A.prettyNormal [('a', 'b', 'c', 'd', 'e')] A.$$ A.pPrintList A.prettyNormal [('a', 'b', 'c', 'd', 'e', 'f')] A.$$ A.pPrintList A.prettyNormal [('a', 'b', 'c', 'd', 'e', 'f', 'g')] A.$$ A.pPrintList A.prettyNormal [('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')]))
  putStrLn (A.render (A.pPrintPrec A.prettyNormal 11 (Just (-3 :: Int)) A.<+> A.pPrintPrec A.prettyNormal 11 (Right (-2.5) :: Either () Double) A.<+> A.pPrintPrec A.prettyNormal 11 (-4 :: Integer) A.<+> A.pPrintPrec A.prettyNormal 11 (-1.5 :: Float) A.<+> A.pPrintPrec A.prettyNormal 11 'q' A.<+> A.pPrint EQ A.<+> A.pPrintPrec A.prettyNormal 11 LT A.<+> A.pPrintPrec A.prettyNormal 11 False A.<+> A.pPrintPrec A.prettyNormal 11 () A.<+> A.pPrint ((), ())))
  print (A.prettyNormal, showsPrec 11 (A.PrettyLevel 2) "", showList [A.prettyNormal] "", A.prettyNormal == A.PrettyLevel 0)
