module Expr.Annotate (annotate) where

import Expr.Syntax
import {-# SOURCE #-} Expr.Eval (eval)

-- shows a closed subexpression with its value
annotate :: Expr -> String
annotate e = case eval [] e of
  IntV n -> show e ++ "{=" ++ show n ++ "}"
  ErrV _ -> show e
