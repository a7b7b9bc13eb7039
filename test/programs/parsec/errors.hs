import Text.Parsec
import Text.Parsec.String (Parser)
import Text.Parsec.Error
import Text.Parsec.Pos

number :: Parser Int
number = read <$> many1 digit

listP :: Parser [Int]
listP = between (char '[') (char ']') (number `sepBy` (char ',' >> spaces))

ident :: Parser String
ident = (:) <$> letter <*> many (alphaNum <|> char '_') <?> "identifier"

kw :: Parser String
kw = try (string "let") <|> string "lambda"

run :: Show a => Parser a -> String -> IO ()
run p s = case parse p "input" s of
  Left e -> putStrLn ("error: " ++ show e) >> print (errorMessagesInfo e)
  Right x -> putStrLn ("ok: " ++ show x)
  where
    errorMessagesInfo e = (sourceLine (errorPos e), sourceColumn (errorPos e), map kind (errorMessages e))
    kind m = case m of
      SysUnExpect s -> "sys:" ++ s
      UnExpect s -> "un:" ++ s
      Expect s -> "ex:" ++ s
      Message s -> "msg:" ++ s

main :: IO ()
main = do
  run (number <* eof) "12x"
  run (number <* eof) ""
  run (number <* eof) "123"
  run listP "[1, 2,3]"
  run listP "[1, 2,,3]"
  run listP "[1 2]"
  run listP "1,2]"
  run ident "9abc"
  run ident "a_b9 rest"
  run kw "lambda"
  run kw "lex"
  run kw "lamb"
  run (string "abc") "abd"
  run (string "abc") "ab"
  run (string "") "xyz"
  run (many1 letter >> char ';') "abc:"
  run (char 'a' <|> char 'b' <|> char 'c') "d"
  run (unexpected "thing" :: Parser ()) "x"
  run (fail "custom failure" :: Parser ()) "x"
  run (parserZero :: Parser ()) "x"
  run ((char 'a' >> fail "after a") <|> char 'b') "ab"
  run (choice [string "ab", string "cd"] <?> "ab or cd") "xx"
  run (many (char 'a') >> eof) "aab"
  run (option 'z' (char 'q') >> char 'w') "e"
  run (notFollowedBy (char 'x') >> anyChar) "x"
  run (notFollowedBy (char 'x') >> anyChar) "y"
  run (lookAhead (string "ab") >> string "abc") "abc"
  run (manyTill anyChar (try (string "-->"))) "hello -->"
  run (manyTill anyChar (try (string "-->"))) "hello --"
  run (labels (char 'a') ["A", "alpha", "first"]) "z"
  run (labels (char 'a') []) "z"
  run (char 'a' <?> "") "z"
  run (newline >> tab >> space >> upper >> lower >> hexDigit >> octDigit) "\n\t X"
  run (newline >> tab >> space >> upper >> lower >> hexDigit >> octDigit) "\n\t Xyf9"
  run endOfLine "\r\n"
  run endOfLine "\rx"
  run (oneOf "abc" >> noneOf "xyz") "bx"
  run (spaces >> eof) "   \t\n  x"
  run (count 3 digit) "12a"
  run (sepEndBy digit (char ';')) "1;2;3;"
  run (endBy1 digit (char ';')) "1;2"
  run (sepBy1 digit (char ',')) ","
  run (skipMany1 (char ' ') >> char 'x') "x"
  run (optionMaybe (char 'a')) "b"
  run (optional (char 'a') >> char 'c') "b"
  run (anyToken >> anyToken) "a"
  run (eof :: Parser ()) "q"
  run (tokens show updatePosString "") "abc"
  parseTest (many1 digit) "123"
  parseTest (many1 digit) "abc"
  parseTest (char 'a' >> char 'b') "ac"
  print (parse (char 'a') "" "b")
  print (parse (string "x\ny" >> char 'z') "f.txt" "x\nyq")
  print (parse (many (noneOf "\t") >> char '\t' >> char 'q') "tabs" "ab\tc")
  print (runParser (many1 digit) () "" "42")
  print (initialPos "n", newPos "" 3 4)
  print (errorPos <$> either Just (const Nothing) (parse (string "ab") "" "ax"))
  print (showErrorMessages "or" "unknown" "expecting" "unexpected" "end of input" [])
  print (parse (char 'a' >> char 'b') "" "ab" == Right 'b')
  print (either (\e -> e == e) (const False) (parse (char 'a') "" "c"))
  print (newErrorUnknown (initialPos "u"))
  print (mergeError (newErrorMessage (Expect "x") (newPos "" 1 2)) (newErrorMessage (Expect "y") (newPos "" 1 2)))
  print (setErrorMessage (Expect "z") (addErrorMessage (Expect "w") (newErrorMessage (Message "m") (newPos "" 2 2))))
