-- Text.Parsec.String.parseFromFile (and the compat module's): a config file
-- written, parsed (errors carry the file name), removed.
import System.Directory (removeFile)
import Text.Parsec
import Text.Parsec.String (Parser, parseFromFile)
import qualified Text.ParserCombinators.Parsec as P2

entry :: Parser (String, String)
entry = do
  k <- many1 (alphaNum <|> char '_')
  spaces >> char '=' >> spaces
  v <- manyTill anyChar newline
  return (k, v)

config :: Parser [(String, String)]
config = many (skipMany (char '#' >> manyTill anyChar newline) >> entry) <* eof

main :: IO ()
main = do
  let path = "parsec-fromfile-test.cfg"
  writeFile path "# settings\nname = demo\nsize=42\n# more\nmode =  fast\n"
  parseFromFile config path >>= print
  writeFile path "name = demo\nbad line\n"
  parseFromFile config path >>= print
  r <- P2.parseFromFile (P2.many1 P2.letter) path
  print r
  removeFile path
