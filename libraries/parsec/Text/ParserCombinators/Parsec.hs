-- Clean-room Text.ParserCombinators.Parsec (parsec-3.1.14.0's parsec-2
-- compatibility API): re-exports.
module Text.ParserCombinators.Parsec
  ( -- complete modules
    module Text.ParserCombinators.Parsec.Prim
  , module Text.ParserCombinators.Parsec.Combinator
  , module Text.ParserCombinators.Parsec.Char
  , ParseError, errorPos
  , SourcePos, SourceName, Line, Column
  , sourceName, sourceLine, sourceColumn
  , incSourceLine, incSourceColumn
  , setSourceLine, setSourceColumn, setSourceName
  ) where

import Text.Parsec.Error
import Text.Parsec.Pos
import Text.ParserCombinators.Parsec.Char
import Text.ParserCombinators.Parsec.Combinator
import Text.ParserCombinators.Parsec.Prim
