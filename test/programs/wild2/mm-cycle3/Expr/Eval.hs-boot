module Expr.Eval where

import Expr.Syntax

eval :: [(String, Value)] -> Expr -> Value
