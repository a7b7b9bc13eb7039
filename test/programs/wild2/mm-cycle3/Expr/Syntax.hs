module Expr.Syntax (Expr(..), Value(..)) where

data Expr = Num Int | Var String | Add Expr Expr | If Expr Expr Expr | Let String Expr Expr | Call String Expr
  deriving Show

data Value = IntV Int | ErrV String deriving (Show, Eq)
