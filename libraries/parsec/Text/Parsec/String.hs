-- Clean-room Text.Parsec.String (parsec-3.1.14.0's API).
module Text.Parsec.String (Parser, GenParser, parseFromFile, zz_zdsrunPT2) where

import Text.Parsec.Error
import Text.Parsec.Prim
import Data.Functor.Identity (Identity (..))

type Parser = Parsec String ()
type GenParser tok st = Parsec [tok] st

parseFromFile :: Parser a -> FilePath -> IO (Either ParseError a)
parseFromFile p path = do
  input <- readFile path
  return (runP p () path input)

-- | runPT's empty-ok continuation, specialised here by the installed
-- package ($srunPT2), which -O1 code calls.
zz_zdsrunPT2 :: a -> State s u -> ParseError -> Consumed (Identity (Reply s u a))
zz_zdsrunPT2 a s err = s `seq` Empty (Identity (Ok a s err))
