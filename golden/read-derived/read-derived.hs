-- Derived Read and Show round trip.
data Op = Plus | Minus deriving (Show, Read)
data Expr = Lit Int | Bin Op Expr Expr deriving (Show, Read)

eval :: Expr -> Int
eval (Lit n) = n
eval (Bin Plus a b) = eval a + eval b
eval (Bin Minus a b) = eval a - eval b

main :: IO ()
main = do
  let e = read "Bin Minus (Lit 10) (Bin Plus (Lit 2) (Lit (-3)))" :: Expr
  print e
  print (eval e)
