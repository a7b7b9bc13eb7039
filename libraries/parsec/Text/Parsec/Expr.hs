{-# LANGUAGE FlexibleContexts #-}
-- Clean-room Text.Parsec.Expr (parsec-3.1.14.0's API): expression parsers
-- from operator tables, one precedence level per table row (the first row
-- binds tightest).
module Text.Parsec.Expr
  ( Assoc (..), Operator (..), OperatorTable
  , buildExpressionParser
  ) where

import Text.Parsec.Combinator
import Text.Parsec.Prim

data Assoc = AssocNone | AssocLeft | AssocRight

data Operator s u m a
  = Infix (ParsecT s u m (a -> a -> a)) Assoc
  | Prefix (ParsecT s u m (a -> a))
  | Postfix (ParsecT s u m (a -> a))

type OperatorTable s u m a = [[Operator s u m a]]

data Level s u m a = Level
  { rightOps :: [ParsecT s u m (a -> a -> a)]
  , leftOps :: [ParsecT s u m (a -> a -> a)]
  , nonOps :: [ParsecT s u m (a -> a -> a)]
  , prefixOps :: [ParsecT s u m (a -> a)]
  , postfixOps :: [ParsecT s u m (a -> a)]
  }

classify :: Operator s u m a -> Level s u m a -> Level s u m a
classify op lv = case op of
  Infix p AssocNone -> lv {nonOps = p : nonOps lv}
  Infix p AssocLeft -> lv {leftOps = p : leftOps lv}
  Infix p AssocRight -> lv {rightOps = p : rightOps lv}
  Prefix p -> lv {prefixOps = p : prefixOps lv}
  Postfix p -> lv {postfixOps = p : postfixOps lv}

buildExpressionParser :: Stream s m t => OperatorTable s u m a -> ParsecT s u m a -> ParsecT s u m a
buildExpressionParser table simple = foldl level simple table

level :: Stream s m t => ParsecT s u m a -> [Operator s u m a] -> ParsecT s u m a
level term ops = do
  x <- operand
  rightChain x <|> leftChain x <|> nonAssoc x <|> return x <?> "operator"
  where
    lv = foldr classify (Level [] [] [] [] []) ops
    rightOp = choice (rightOps lv)
    leftOp = choice (leftOps lv)
    nonOp = choice (nonOps lv)
    prefixOp = choice (prefixOps lv) <?> ""
    postfixOp = choice (postfixOps lv) <?> ""

    -- An operator of another associativity at this level is an error.
    ambiguous side op = try $ do
      _ <- op
      fail ("ambiguous use of a " ++ side ++ " associative operator")
    ambiguousRight = ambiguous "right" rightOp
    ambiguousLeft = ambiguous "left" leftOp
    ambiguousNon = ambiguous "non" nonOp

    operand = do
      pre <- prefixOp <|> return id
      x <- term
      post <- postfixOp <|> return id
      return (post (pre x))

    rightChain x =
      (do f <- rightOp
          y <- operand >>= rightMore
          return (f x y))
        <|> ambiguousLeft
        <|> ambiguousNon
    rightMore x = rightChain x <|> return x

    leftChain x =
      (do f <- leftOp
          y <- operand
          leftMore (f x y))
        <|> ambiguousRight
        <|> ambiguousNon
    leftMore x = leftChain x <|> return x

    nonAssoc x = do
      f <- nonOp
      y <- operand
      ambiguousRight <|> ambiguousLeft <|> ambiguousNon <|> return (f x y)
