import Text.ParserCombinators.ReadP
import Data.Char (isDigit, isSpace, isAlpha)
import Text.Read (readMaybe, readEither)

data JSON = JNull | JBool Bool | JNum Int | JStr String | JArr [JSON] | JObj [(String, JSON)] deriving (Show, Eq)

tok :: ReadP a -> ReadP a
tok p = p <* skipSpaces

json :: ReadP JSON
json = tok $ choice
  [ JNull <$ string "null"
  , JBool True <$ string "true"
  , JBool False <$ string "false"
  , JNum . read <$> munch1 isDigit
  , JStr <$> str
  , JArr <$> between (tok (char '[')) (char ']') (sepBy json (tok (char ',')))
  , JObj <$> between (tok (char '{')) (char '}') (sepBy pair (tok (char ',')))
  ]
  where
    str = between (char '"') (char '"') (many (satisfy (/= '"')))
    pair = do k <- tok str; _ <- tok (char ':'); v <- json; return (k, v)

parseJSON :: String -> Maybe JSON
parseJSON s = case [x | (x, "") <- readP_to_S (skipSpaces *> json <* eof) s] of
  [x] -> Just x
  _ -> Nothing

expr :: ReadP Int
expr = chainl1 term (tok (char '+') >> return (+) +++ (tok (char '-') >> return (-)))
  where term = chainl1 factor (tok (char '*') >> return (*))
        factor = tok (read <$> munch1 isDigit) +++ between (tok (char '(')) (tok (char ')')) expr

main :: IO ()
main = do
  print (parseJSON "{\"a\": [1, 2, {\"b\": null}], \"c\": true, \"d\": \"hi\"}")
  print (parseJSON "[1, 2")
  print (readP_to_S expr "2 + 3 * (4 - 1)")
  print (fst (last (readP_to_S expr "10-2-3")))
  print (readMaybe "12" :: Maybe Int, readMaybe "12x" :: Maybe Int, readEither "nope" :: Either String Int)
  print (readMaybe "[(1,\"a\"),(2,\"b\")]" :: Maybe [(Int, String)])
  print (read " ( 3 , -4 ) " :: (Int, Int), read "-2.5e3" :: Double, read "Just (-3)" :: Maybe Int)
  print (reads "42 rest" :: [(Int, String)], lex " hello world")
  print (readP_to_S (sepBy1 (munch1 isAlpha) (char ',')) "a,bc,d")
  print (readP_to_S (many1 (satisfy isDigit) <* optional (char '.')) "12.")
  print (read "Right 5" :: Either String Int, read "[Left 'x']" :: [Either Char Int])
  print (readMaybe "0x1F" :: Maybe Int, read "  7" :: Integer, readMaybe "1e500" :: Maybe Double)
