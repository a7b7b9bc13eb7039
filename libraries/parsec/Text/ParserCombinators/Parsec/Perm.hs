-- Clean-room Text.ParserCombinators.Parsec.Perm (parsec-3.1.14.0).
module Text.ParserCombinators.Parsec.Perm
  ( PermParser, permute, (<||>), (<$$>), (<|?>), (<$?>)
  ) where

import Text.Parsec.Perm
