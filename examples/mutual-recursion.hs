-- Mutual recursion: even/odd, a tiny expression evaluator, and Hofstadter sequences.
isEven', isOdd' :: Int -> Bool
isEven' 0 = True
isEven' n = isOdd' (n - 1)
isOdd' 0 = False
isOdd' n = isEven' (n - 1)

data Expr = Num Int | Add Expr Expr | Mul Expr Expr | Block [Stmt]

data Stmt = Eval Expr | Double Expr

evalE :: Expr -> Int
evalE (Num n) = n
evalE (Add a b) = evalE a + evalE b
evalE (Mul a b) = evalE a * evalE b
evalE (Block ss) = sum (map evalS ss)

evalS :: Stmt -> Int
evalS (Eval e) = evalE e
evalS (Double e) = 2 * evalE e

hofF, hofM :: Int -> Int
hofF 0 = 1
hofF n = n - hofM (hofF (n - 1))
hofM 0 = 0
hofM n = n - hofF (hofM (n - 1))

main :: IO ()
main = do
  print (map isEven' [0, 1, 10, 7777])
  print (evalE (Block [Eval (Add (Num 1) (Num 2)), Double (Mul (Num 3) (Block [Eval (Num 4)]))]))
  print (map hofF [0 .. 20])
  print (map hofM [0 .. 20])
