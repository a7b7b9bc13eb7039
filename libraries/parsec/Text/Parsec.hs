-- Clean-room Text.Parsec (parsec-3.1.14.0's API): re-exports.
module Text.Parsec
  ( ParsecT, Parsec, token, tokens, runParserT, runPT, unknownError
  , label, labels, unexpected, parserFail
  , mkPT, runParsecT, Consumed (..), Reply (..), State (..)
  , Stream (..), tokenPrim, tokenPrimEx, try, (<|>), (<?>)
  , many, skipMany, manyAccum, runParser, runP, parse, parseTest
  , getPosition, getInput, getState, putState, modifyState
  , setPosition, setInput, setState, updateState
  , getParserState, setParserState, updateParserState
  , parsecMap, parserReturn, parserBind, parserZero, parserPlus
  , mergeErrorReply, sysUnExpectError
  , ParseError, errorPos
  , SourcePos, SourceName, Line, Column
  , sourceName, sourceLine, sourceColumn
  , incSourceLine, incSourceColumn
  , setSourceLine, setSourceColumn, setSourceName
  , module Text.Parsec.Char
  , module Text.Parsec.Combinator
  ) where

import Text.Parsec.Char
import Text.Parsec.Combinator
import Text.Parsec.Error
import Text.Parsec.Pos
import Text.Parsec.Prim
