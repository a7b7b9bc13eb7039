-- Source positions: sourceLine/sourceColumn while parsing lines and tabs,
-- setPosition, getInput/setInput, Show SourcePos.
import Text.Parsec
import Text.Parsec.Pos
import Text.Parsec.String (Parser)

located :: Parser a -> Parser (Int, Int, a)
located p = do
  pos <- getPosition
  x <- p
  return (sourceLine pos, sourceColumn pos, x)

wordsWithPos :: Parser [(Int, Int, String)]
wordsWithPos = spaces *> many (located (many1 (noneOf " \t\n")) <* spaces) <* eof

main :: IO ()
main = do
  print (parse wordsWithPos "p" "one two\n  three\tfour\n\t\tfive  six\n")
  print (parse (many anyChar >> getPosition) "tabs" "a\tb\tc\td\n\te")
  print (parse (setPosition (newPos "elsewhere" 10 20) >> char 'x' >> getPosition) "" "xy")
  print (parse (setPosition (newPos "elsewhere" 10 20) >> char 'x' >> char 'z') "" "xy")
  print (parse (do { _ <- string "ab"; rest <- getInput; setInput "zz"; a <- many anyChar; return (rest, a) }) "" "abcd")
  let p = initialPos "file.hs"
  print p
  print (updatePosChar p '\n', updatePosChar p '\t', updatePosChar (newPos "" 1 5) '\t', updatePosChar p 'x')
  print (updatePosString p "ab\ncd\te")
  print (incSourceLine p 3, incSourceColumn p 4)
  print (setSourceLine p 9, setSourceColumn p 8, setSourceName p "other")
  print (sourceName p, sourceLine p, sourceColumn p)
  print (compare (newPos "a" 1 2) (newPos "a" 2 1), newPos "a" 1 1 == initialPos "a", max (newPos "b" 1 1) (newPos "a" 5 5))
  print (newPos "" 7 8)
  print (newPos "with \"quote\"" 1 1)
  r <- return (parse (getParserState >>= \st -> return (statePos st, stateInput st)) "st" "input")
  print r
