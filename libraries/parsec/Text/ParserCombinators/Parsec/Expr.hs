-- Clean-room Text.ParserCombinators.Parsec.Expr (parsec-3.1.14.0): the
-- parsec-2 operator table over GenParser, translated to Text.Parsec.Expr's.
module Text.ParserCombinators.Parsec.Expr
  ( Assoc (AssocNone, AssocLeft, AssocRight)
  , Operator (..), OperatorTable
  , buildExpressionParser
  ) where

import Text.Parsec.Expr (Assoc (..))
import qualified Text.Parsec.Expr as N
import Data.Functor.Identity (Identity)
import Text.ParserCombinators.Parsec (GenParser)

data Operator tok st a
  = Infix (GenParser tok st (a -> a -> a)) Assoc
  | Prefix (GenParser tok st (a -> a))
  | Postfix (GenParser tok st (a -> a))

type OperatorTable tok st a = [[Operator tok st a]]

convert :: Operator tok st a -> N.Operator [tok] st Identity a
convert op = case op of
  Infix p a -> N.Infix p a
  Prefix p -> N.Prefix p
  Postfix p -> N.Postfix p

buildExpressionParser :: OperatorTable tok st a -> GenParser tok st a -> GenParser tok st a
buildExpressionParser table = N.buildExpressionParser (map (map convert) table)
