module Expr.Pretty (pretty, prettyValue) where

import Expr.Syntax
import Expr.Annotate (annotate)

pretty :: Expr -> String
pretty e = case e of
  Num n -> show n
  Var x -> x
  Add a b -> "(" ++ pretty a ++ " + " ++ pretty b ++ ")"
  If c t f -> "if " ++ annotate c ++ " then " ++ pretty t ++ " else " ++ pretty f
  Let x v b -> "let " ++ x ++ " = " ++ annotate v ++ " in " ++ pretty b
  Call f a -> f ++ "(" ++ pretty a ++ ")"

prettyValue :: Value -> String
prettyValue (IntV n) = show n
prettyValue (ErrV m) = "error: " ++ m
