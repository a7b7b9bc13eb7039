{-# LANGUAGE GeneralizedNewtypeDeriving #-}
-- A type checker for a simply typed lambda calculus, in ReaderT Env (ExceptT TypeError (State Int)).
module Main (main) where

import Control.Monad.Reader
import Control.Monad.Except
import Control.Monad.State
import qualified Data.Map as M

data Type = TInt | TBool | TFun Type Type deriving Eq

instance Show Type where
  showsPrec _ TInt = showString "Int"
  showsPrec _ TBool = showString "Bool"
  showsPrec p (TFun a b) = showParen (p > 0) $ showsPrec 1 a . showString " -> " . showsPrec 0 b

data Expr
  = Var String | Lit Int | BoolLit Bool | Lam String Type Expr | App Expr Expr
  | Add Expr Expr | If Expr Expr Expr | Let String Expr Expr | Eq Expr Expr
  deriving Show

data TypeError = Unbound String | Mismatch Type Type | NotFunction Type
  deriving Show

newtype TC a = TC { unTC :: ReaderT (M.Map String Type) (ExceptT TypeError (State Int)) a }
  deriving (Functor, Applicative, Monad, MonadReader (M.Map String Type), MonadError TypeError, MonadState Int)

tick :: TC ()
tick = modify (+ 1)

expect :: Type -> Type -> TC ()
expect want got = unless (want == got) (throwError (Mismatch want got))

infer :: Expr -> TC Type
infer e = tick >> case e of
  Var x -> asks (M.lookup x) >>= maybe (throwError (Unbound x)) return
  Lit _ -> return TInt
  BoolLit _ -> return TBool
  Lam x t b -> TFun t <$> local (M.insert x t) (infer b)
  App f a -> do
    tf <- infer f
    ta <- infer a
    case tf of
      TFun p r -> expect p ta >> return r
      t -> throwError (NotFunction t)
  Add a b -> do infer a >>= expect TInt; infer b >>= expect TInt; return TInt
  Eq a b -> do ta <- infer a; infer b >>= expect ta; return TBool
  If c t f -> do
    infer c >>= expect TBool
    tt <- infer t
    infer f >>= expect tt
    return tt
  Let x v b -> do tv <- infer v; local (M.insert x tv) (infer b)

runTC :: Expr -> (Either TypeError Type, Int)
runTC e = runState (runExceptT (runReaderT (unTC (infer e)) M.empty)) 0

main :: IO ()
main = do
  let exprs =
        [ Lam "x" TInt (Add (Var "x") (Lit 1))
        , App (Lam "f" (TFun TInt TInt) (App (Var "f") (Lit 3))) (Lam "y" TInt (Var "y"))
        , If (Eq (Lit 1) (Lit 2)) (BoolLit True) (Lit 0)
        , App (Lit 3) (Lit 4)
        , Let "id" (Lam "z" TBool (Var "z")) (App (Var "id") (Var "w"))
        , Lam "g" (TFun (TFun TInt TBool) TInt) (Var "g")
        ]
  forM_ exprs $ \e -> do
    let (r, n) = runTC e
    putStrLn $ either (\err -> "error: " ++ show err) (\t -> "ok: " ++ show t) r ++ " [" ++ show n ++ " steps]"
