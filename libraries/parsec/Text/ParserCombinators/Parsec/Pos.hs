-- Clean-room Text.ParserCombinators.Parsec.Pos (parsec-3.1.14.0).
module Text.ParserCombinators.Parsec.Pos
  ( SourceName, Line, Column, SourcePos
  , sourceLine, sourceColumn, sourceName
  , incSourceLine, incSourceColumn
  , setSourceLine, setSourceColumn, setSourceName
  , newPos, initialPos, updatePosChar, updatePosString
  ) where

import Text.Parsec.Pos
