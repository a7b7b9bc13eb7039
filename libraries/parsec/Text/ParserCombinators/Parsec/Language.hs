-- Clean-room Text.ParserCombinators.Parsec.Language (parsec-3.1.14.0).
module Text.ParserCombinators.Parsec.Language
  ( haskellDef, haskell, mondrianDef, mondrian, emptyDef, haskellStyle
  , javaStyle, LanguageDef, GenLanguageDef (..)
  ) where

import Text.Parsec.Language
import Text.Parsec.Token
