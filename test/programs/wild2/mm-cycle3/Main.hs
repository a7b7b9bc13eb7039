module Main (main) where

import Expr.Syntax
import Expr.Eval (eval)
import Expr.Pretty (pretty)

main :: IO ()
main = do
  let e = Let "x" (Add (Num 2) (Num 3)) (Add (Var "x") (If (Num 0) (Num 1) (Call "double" (Var "x"))))
  putStrLn (pretty e)
  print (eval [] e)
  print (eval [] (Call "double" (Call "double" (Num 7))))
  print (eval [] (Call "triple" (Num 1)), eval [] (Var "unbound"))
