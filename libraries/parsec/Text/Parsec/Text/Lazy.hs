-- Clean-room Text.Parsec.Text.Lazy (parsec-3.1.14.0's API): parsers of
-- lazy Text (the Stream instance is in Text.Parsec.Prim).
module Text.Parsec.Text.Lazy (Parser, GenParser, parseFromFile, zz_zdsrunPT2) where

import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.IO as IO
import Text.Parsec.Error
import Text.Parsec.Prim
import Data.Functor.Identity (Identity (..))

type Parser = Parsec TL.Text ()

type GenParser st = Parsec TL.Text st

parseFromFile :: Parser a -> FilePath -> IO (Either ParseError a)
parseFromFile p path = do
  input <- IO.readFile path
  return (runP p () path input)

-- | runPT's empty-ok continuation, specialised here by the installed
-- package ($srunPT2), which -O1 code calls.
zz_zdsrunPT2 :: a -> State s u -> ParseError -> Consumed (Identity (Reply s u a))
zz_zdsrunPT2 a s err = s `seq` Empty (Identity (Ok a s err))
