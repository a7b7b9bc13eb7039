{-# LANGUAGE GADTs, KindSignatures, RankNTypes #-}
-- A typed expression language as a GADT with a type-safe evaluator, a
-- pretty-printer, constant folding, and existential packing of checked terms.
module Main (main) where

data Expr :: * -> * where
  IntE  :: Int -> Expr Int
  BoolE :: Bool -> Expr Bool
  Add   :: Expr Int -> Expr Int -> Expr Int
  Mul   :: Expr Int -> Expr Int -> Expr Int
  If    :: Expr Bool -> Expr a -> Expr a -> Expr a
  Leq   :: Expr Int -> Expr Int -> Expr Bool
  Pair  :: Expr a -> Expr b -> Expr (a, b)
  Fst   :: Expr (a, b) -> Expr a

eval :: Expr a -> a
eval e = case e of
  IntE n -> n
  BoolE b -> b
  Add a b -> eval a + eval b
  Mul a b -> eval a * eval b
  If c t f -> if eval c then eval t else eval f
  Leq a b -> eval a <= eval b
  Pair a b -> (eval a, eval b)
  Fst p -> fst (eval p)

pretty :: Expr a -> String
pretty e = case e of
  IntE n -> show n
  BoolE b -> show b
  Add a b -> "(" ++ pretty a ++ " + " ++ pretty b ++ ")"
  Mul a b -> pretty a ++ " * " ++ pretty b
  If c t f -> "if " ++ pretty c ++ " then " ++ pretty t ++ " else " ++ pretty f
  Leq a b -> pretty a ++ " <= " ++ pretty b
  Pair a b -> "<" ++ pretty a ++ ", " ++ pretty b ++ ">"
  Fst p -> "fst " ++ pretty p

fold :: Expr a -> Expr a
fold e = case e of
  Add a b -> case (fold a, fold b) of
    (IntE x, IntE y) -> IntE (x + y)
    (a', b') -> Add a' b'
  Mul a b -> case (fold a, fold b) of
    (IntE x, IntE y) -> IntE (x * y)
    (a', b') -> Mul a' b'
  If c t f -> case fold c of
    BoolE True -> fold t
    BoolE False -> fold f
    c' -> If c' (fold t) (fold f)
  Leq a b -> case (fold a, fold b) of
    (IntE x, IntE y) -> BoolE (x <= y)
    (a', b') -> Leq a' b'
  _ -> e

data Untyped = UI Int | UB Bool | UAdd Untyped Untyped | UIf Untyped Untyped Untyped | ULeq Untyped Untyped

data Ty a where
  TInt :: Ty Int
  TBool :: Ty Bool

data Some where
  Some :: Ty a -> Expr a -> Some

check :: Untyped -> Either String Some
check u = case u of
  UI n -> Right (Some TInt (IntE n))
  UB b -> Right (Some TBool (BoolE b))
  UAdd a b -> do
    ea <- asInt a; eb <- asInt b; return (Some TInt (Add ea eb))
  ULeq a b -> do
    ea <- asInt a; eb <- asInt b; return (Some TBool (Leq ea eb))
  UIf c t f -> do
    Some tc ec <- check c
    case tc of
      TBool -> do
        Some tt et <- check t
        Some tf ef <- check f
        case (tt, tf) of
          (TInt, TInt) -> Right (Some TInt (If ec et ef))
          (TBool, TBool) -> Right (Some TBool (If ec et ef))
          _ -> Left "branches differ"
      TInt -> Left "condition is not Bool"
  where asInt :: Untyped -> Either String (Expr Int)
        asInt x = check x >>= \(Some t e) -> case t of
          TInt -> Right e
          TBool -> Left "expected Int"

showSome :: Some -> String
showSome (Some TInt e) = "Int " ++ show (eval e)
showSome (Some TBool e) = "Bool " ++ show (eval e)

main :: IO ()
main = do
  let e = If (Leq (Add (IntE 2) (IntE 3)) (Mul (IntE 2) (IntE 3))) (Add (IntE 10) (IntE (-1))) (IntE 0)
  putStrLn (pretty e)
  print (eval e)
  putStrLn (pretty (fold e))
  print (eval (Fst (Pair (BoolE False) (IntE 1))), eval (Pair (IntE 1) (Leq (IntE 3) (IntE 2))))
  mapM_ (putStrLn . either ("type error: " ++) showSome . check)
    [ UAdd (UI 1) (UI 2), UIf (ULeq (UI 1) (UI 2)) (UB True) (UB False), UAdd (UI 1) (UB True)
    , UIf (UI 1) (UI 2) (UI 3), UIf (UB True) (UI 1) (UB False) ]
