-- A JSON parser and pretty printer (Text.Parsec over String).
import Data.Char (chr, isHexDigit, digitToInt)
import Data.List (intercalate)
import Text.Parsec
import Text.Parsec.String (Parser)

data JSON
  = JNull
  | JBool Bool
  | JNumber Double
  | JString String
  | JArray [JSON]
  | JObject [(String, JSON)]
  deriving (Show, Eq)

ws :: Parser ()
ws = skipMany (oneOf " \t\r\n")

tok :: Parser a -> Parser a
tok p = p <* ws

value :: Parser JSON
value =
  tok
    ( choice
        [ JNull <$ try (string "null")
        , JBool True <$ try (string "true")
        , JBool False <$ try (string "false")
        , JNumber <$> number
        , JString <$> stringLit
        , JArray <$> between (tok (char '[')) (char ']') (value `sepBy` tok (char ','))
        , JObject <$> between (tok (char '{')) (char '}') (pair `sepBy` tok (char ','))
        ]
    )
    <?> "JSON value"

pair :: Parser (String, JSON)
pair = do
  k <- tok stringLit
  _ <- tok (char ':')
  v <- value
  return (k, v)

number :: Parser Double
number = do
  sign <- option "" (string "-")
  intPart <- string "0" <|> ((:) <$> oneOf "123456789" <*> many digit)
  frac <- option "" ((:) <$> char '.' <*> many1 digit)
  ex <- option "" $ do
    e <- oneOf "eE"
    s <- option "" (string "+" <|> string "-")
    ds <- many1 digit
    return (e : s ++ ds)
  let frac' = if null frac then ".0" else frac
  return (read (sign ++ intPart ++ frac' ++ ex))

stringLit :: Parser String
stringLit = between (char '"') (char '"' <?> "end of string") (many strChar)
  where
    strChar = noneOf "\"\\" <|> (char '\\' >> escape)
    escape =
      choice
        [ '"' <$ char '"'
        , '\\' <$ char '\\'
        , '/' <$ char '/'
        , '\n' <$ char 'n'
        , '\t' <$ char 't'
        , '\b' <$ char 'b'
        , '\f' <$ char 'f'
        , '\r' <$ char 'r'
        , char 'u' >> (hex4 <$> count 4 (satisfy isHexDigit <?> "hex digit"))
        ]
    hex4 = chr . foldl (\a d -> a * 16 + digitToInt d) 0

render :: JSON -> String
render j = case j of
  JNull -> "null"
  JBool b -> if b then "true" else "false"
  JNumber d -> show d
  JString s -> show s
  JArray xs -> "[" ++ intercalate "," (map render xs) ++ "]"
  JObject kvs -> "{" ++ intercalate "," [show k ++ ":" ++ render v | (k, v) <- kvs] ++ "}"

document :: Parser JSON
document = ws *> value <* eof

main :: IO ()
main = mapM_ go
  [ "{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"d\\n\\u0041\"}}"
  , "[]"
  , "  [ {} , [ [ ] ] ]  "
  , "{\"key\" 1}"
  , "[1, 2,]"
  , "[1 2]"
  , "\"unterminated"
  , "{\"a\": tru}"
  , "01"
  , "\"bad \\q escape\""
  , "\"\\u12g4\""
  , "[1.]"
  ]
  where
    go s = case parse document "json" s of
      Left err -> putStrLn ("error: " ++ show err)
      Right v -> putStrLn (render v) >> print v
