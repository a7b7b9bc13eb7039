-- Hand-written Show instances using showsPrec and showParen, like derived ones.
data Expr = Lit Int | Var String | Add Expr Expr | Mul Expr Expr | Neg Expr

instance Show Expr where
  showsPrec p (Lit n) = showsPrec p n
  showsPrec _ (Var v) = showString v
  showsPrec p (Add a b) = showParen (p > 6) (showsPrec 6 a . showString " + " . showsPrec 7 b)
  showsPrec p (Mul a b) = showParen (p > 7) (showsPrec 7 a . showString " * " . showsPrec 8 b)
  showsPrec p (Neg e) = showParen (p > 9) (showString "negate " . showsPrec 10 e)

newtype Matrix = Matrix [[Int]]

instance Show Matrix where
  show (Matrix rows) = unlines (map (unwords . map show) rows)

simplify :: Expr -> Expr
simplify (Add (Lit 0) e) = simplify e
simplify (Add e (Lit 0)) = simplify e
simplify (Mul (Lit 1) e) = simplify e
simplify (Mul e (Lit 1)) = simplify e
simplify (Mul (Lit 0) _) = Lit 0
simplify (Add a b) = Add (simplify a) (simplify b)
simplify (Mul a b) = Mul (simplify a) (simplify b)
simplify (Neg e) = Neg (simplify e)
simplify e = e

main :: IO ()
main = do
  let e = Mul (Add (Lit 1) (Var "x")) (Add (Var "y") (Mul (Lit 2) (Lit (-3))))
  print e
  print (Add e (Neg (Lit 4)))
  print (Just (Add (Lit 1) (Lit 2)))
  print (simplify (Add (Lit 0) (Mul (Lit 1) (Add (Var "a") (Lit 0)))))
  putStr (show (Matrix [[1, 2], [3, 4]]))
  print [Lit 1, Neg (Var "z")]
