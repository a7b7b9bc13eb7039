-- A CSV parser reading stdin: quoted fields, escaped quotes, a summary.
import Text.Parsec
import Text.Parsec.String (Parser)

csvFile :: Parser [[String]]
csvFile = endBy line eol <* eof

line :: Parser [String]
line = sepBy cell (char ',')

cell :: Parser String
cell = quoted <|> many (noneOf ",\n\r")

quoted :: Parser String
quoted = between (char '"') (char '"' <?> "quote at end of cell") (many quotedChar)
  where
    quotedChar = noneOf "\"" <|> try (string "\"\"" >> return '"')

eol :: Parser String
eol =
  try (string "\n\r")
    <|> try (string "\r\n")
    <|> string "\n"
    <|> string "\r"
    <?> "end of line"

main :: IO ()
main = do
  input <- getContents
  case parse csvFile "(stdin)" input of
    Left e -> putStrLn ("Error parsing input:") >> print e
    Right rows -> do
      putStrLn (show (length rows) ++ " rows")
      mapM_ (\(i, r) -> putStrLn (show i ++ ": " ++ show r)) (zip [1 :: Int ..] rows)
      let widths = map length rows
      putStrLn ("fields per row: " ++ show widths)
  print (parse csvFile "bad" "a,\"b\nc")
  print (parse csvFile "bad2" "a,b\"c\"\n")
  print (parse csvFile "ok" "x,y\r\n1,2\r\n")
