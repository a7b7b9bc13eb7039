-- Clean-room Text.ParserCombinators.Parsec.Token (parsec-3.1.14.0).
module Text.ParserCombinators.Parsec.Token
  ( LanguageDef, GenLanguageDef (..), TokenParser, GenTokenParser (..)
  , makeTokenParser
  ) where

import Text.Parsec.Token
