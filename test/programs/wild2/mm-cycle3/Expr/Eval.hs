-- Eval -> Pretty -> Annotate -> (SOURCE) Eval: a cycle of three modules.
module Expr.Eval (eval, apply) where

import Expr.Syntax
import Expr.Pretty (prettyValue)

eval :: [(String, Value)] -> Expr -> Value
eval _ (Num n) = IntV n
eval env (Var x) = maybe (ErrV ("unbound " ++ x)) id (lookup x env)
eval env (Add a b) = case (eval env a, eval env b) of
  (IntV x, IntV y) -> IntV (x + y)
  (ErrV m, _) -> ErrV m
  (_, ErrV m) -> ErrV m
eval env (If c t f) = case eval env c of
  IntV 0 -> eval env f
  IntV _ -> eval env t
  err -> err
eval env (Let x v b) = eval ((x, eval env v) : env) b
eval env (Call f a) = apply f (eval env a)

apply :: String -> Value -> Value
apply "double" (IntV n) = IntV (2 * n)
apply f v = ErrV ("cannot apply " ++ f ++ " to " ++ prettyValue v)
