-- many/sepBy/chainl1/chainr1/notFollowedBy/lookAhead/manyTill/eof/count/
-- option/between/sepEndBy/endBy/skipMany and their errors.
import Text.Parsec
import Text.Parsec.String (Parser)

num :: Parser Int
num = read <$> many1 digit

run :: Show a => Parser a -> String -> IO ()
run p s = putStrLn (s ++ " -> " ++ either (("error " ++) . show) show (parse p "" s))

main :: IO ()
main = do
  run (many (char 'a')) "aaab"
  run (many1 (char 'a')) "baa"
  run (num `sepBy` char ',') "1,2,3"
  run (num `sepBy` char ',') ""
  run (num `sepBy1` char ',' <* eof) "1,2,"
  run (chainl1 num ((-) <$ char '-')) "10-2-3"
  run (chainr1 num ((-) <$ char '-')) "10-2-3"
  run (chainl num ((+) <$ char '+') 0) "x"
  run (chainr num ((^) <$ char '^') 1) "2^3^2"
  run (chainl1 num ((-) <$ char '-')) "10-"
  run (string "if" <* notFollowedBy alphaNum) "if x"
  run (string "if" <* notFollowedBy alphaNum) "iffy"
  run (lookAhead (many1 letter) >>= \w -> many1 alphaNum >>= \all' -> return (w, all')) "abc123"
  run (lookAhead (char 'a' >> char 'b')) "ac"
  run (string "<!--" >> manyTill anyChar (try (string "-->"))) "<!-- hi -- there -->"
  run (manyTill anyChar eof) "rest"
  run (many1 digit <* eof) "12a"
  run (count 2 num) "12"
  run (count 0 num) "12"
  run (count 3 (num <* spaces)) "1 2"
  run (option 0 num) "x"
  run (optionMaybe num) "42"
  run (between (char '<') (char '>') (many letter)) "<abc>"
  run (between (char '<') (char '>') (many letter)) "<abc"
  run (num `sepEndBy` char ';') "1;2;"
  run (num `sepEndBy1` char ';') "1;2"
  run (num `endBy` char ';') "1;2;"
  run (num `endBy` char ';') "1;2"
  run (skipMany (char ' ') >> skipMany1 letter >> eof) "  ab"
  run (skipMany1 letter) "1"
  run (choice [try (string "abc"), string "abd", string "x"]) "abd"
  run (choice [string "abc", string "abd"]) "abd"
  run (choice [] :: Parser ()) "x"
  run (try (string "ab") <|> string "ac") "ac"
  run (string "ab" <|> string "ac") "ac"
  run ((,) <$> many1 letter <*> (spaces *> many1 digit)) "abc 123"
  run (mapM char "xyz") "xyw"
  run (sequence [letter, digit, letter]) "a1b"
  run (many (many1 digit <* optional (char ','))) "1,22,333"
  run (anyToken >> anyToken >> eof) "ab"
  run (many1 (noneOf "abc") >> oneOf "abc") "xyzd"
  run ((char 'a' <|> return 'z') >> (char 'b' <?> "bee")) "c"
  run ((char 'a' >> char 'b') <?> "ab pair") "ac"
  run (try ((char 'a' >> char 'b') <?> "ab pair")) "ac"
  run (try (char 'a' >> char 'b') <?> "ab pair") "ac"
  run (mzeroish <|> char 'q') "r"
  run (fmap length (many (string "ab"))) "ababa"
  run (void' (many (try (string "ab")))) "ababa"
  run (do { x <- many1 digit; if length x > 2 then unexpected ("long number " ++ x) else return x }) "1234"
  run (pure 5 <* eof) ""
  run (mconcat [string "ab", string "cd"]) "abcd"
  run (string "ab" <> string "cd") "abce"
  where
    mzeroish = parserZero
    void' p = p >> return ()
