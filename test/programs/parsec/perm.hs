-- Text.Parsec.Perm permutation phrases, and parserTrace/parserTraced
-- (trace output on stderr).
import Text.Parsec
import Text.Parsec.Perm
import Text.Parsec.String (Parser)

data Opts = Opts Char String (Maybe Char) deriving Show

opts :: Parser Opts
opts =
  permute
    ( Opts <$$> char 'a'
        <||> many1 (char 'b')
        <|?> (Nothing, Just <$> char 'c')
    )

tuple :: Parser (Char, Char, Char)
tuple = permute ((,,) <$?> ('x', char 'x') <|?> ('y', char 'y') <|?> ('z', char 'z'))

main :: IO ()
main = do
  mapM_ (print . parse (opts <* eof) "") ["abbc", "cbba", "bab", "ba", "ac", "abca", ""]
  mapM_ (print . parse (tuple <* eof) "") ["zyx", "y", "", "xx"]
  print (parse (parserTraced "digits" (many1 digit) <* eof) "" "12")
  print (parse (parserTrace "here" >> many1 letter) "" "ab1")
  print (parse (parserTraced "fails" (char 'q') <|> char 'r') "" "rs")
