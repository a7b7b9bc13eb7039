{-# LANGUAGE DeriveDataTypeable, RankNTypes #-}
-- deriving Data on user types and SYB-style generic functions written here:
-- everywhere (mkT ...), everything (mkQ ...), gsize, listify, gshow.
import Data.Data
import Data.Maybe (fromMaybe)

data Expr
  = Lit Int
  | Var String
  | Add Expr Expr
  | Mul Expr Expr
  | Neg Expr
  | Let { name :: String, bound :: Expr, body :: Expr }
  deriving (Show, Eq, Data)

data Stmt = Assign String Expr | Print Expr | Block [Stmt]
  deriving (Show, Data)

newtype Prog = Prog [Stmt] deriving (Show, Data)

-- SYB combinators
mkT :: (Typeable a, Typeable b) => (b -> b) -> a -> a
mkT f = fromMaybe id (cast f)

mkQ :: (Typeable a, Typeable b) => r -> (b -> r) -> a -> r
mkQ r q a = maybe r q (cast a)

everywhere :: (forall a. Data a => a -> a) -> (forall a. Data a => a -> a)
everywhere f = f . gmapT (everywhere f)

everything :: (r -> r -> r) -> (forall a. Data a => a -> r) -> (forall a. Data a => a -> r)
everything k f x = foldl k (f x) (gmapQ (everything k f) x)

gsize :: Data a => a -> Int
gsize t = 1 + sum (gmapQ gsize t)

listify :: Typeable r => (r -> Bool) -> (forall a. Data a => a -> [r])
listify p = everything (++) ([] `mkQ` (\x -> if p x then [x] else []))

gshow :: Data a => a -> String
gshow x = gshows x ""
  where
    gshows :: Data a => a -> ShowS
    gshows t = case cast t :: Maybe String of
      Just s -> shows s
      Nothing ->
        showChar '(' . showString (showConstr (toConstr t))
          . foldr (.) id (gmapQ (\a -> showChar ' ' . gshows a) t)
          . showChar ')'

simplify :: Expr -> Expr
simplify (Add (Lit 0) e) = e
simplify (Add e (Lit 0)) = e
simplify (Mul (Lit 1) e) = e
simplify (Mul e (Lit 1)) = e
simplify (Neg (Neg e)) = e
simplify e = e

rename :: String -> String
rename "x" = "y"
rename v = v

prog :: Prog
prog =
  Prog
    [ Assign "x" (Add (Lit 0) (Mul (Var "x") (Lit 1))),
      Print (Neg (Neg (Let "x" (Lit 3) (Add (Var "x") (Lit 0))))),
      Block [Print (Lit 7), Assign "z" (Var "x")]
    ]

main :: IO ()
main = do
  print (everywhere (mkT simplify) prog)
  print (everywhere (mkT rename) prog)
  print (everything (+) (0 `mkQ` (\e -> case e of Lit n -> n; _ -> 0)) prog)
  print (gsize prog, gsize (Lit 1), gsize "abc")
  print (listify (\e -> case e of Var _ -> True; _ -> False) prog :: [Expr])
  print (listify (const True) prog :: [String])
  putStrLn (gshow (Let "v" (Lit 1) (Neg (Var "v"))))
  let e = Let "a" (Lit 2) (Mul (Var "a") (Var "a"))
  print (toConstr e, constrFields (toConstr e), constrIndex (toConstr e))
  print (dataTypeOf e)
  print (map showConstr (dataTypeConstrs (dataTypeOf (Print (Lit 0)))))
  print (gmapQ (\d -> show (typeOf d)) e)
  print (length (gmapQ (const ()) (Block [])), gmapQi 1 (\d -> show (toConstr d)) e)
  print (gmapT (mkT (\n -> n + (1 :: Int))) (Lit 41))
  print ((fromConstr (toConstr (Lit 0)) :: Expr) `seq` "fromConstr ok")
  print (toConstr (fromConstrB (fromConstr (toConstr (Lit 0))) (toConstr (Neg (Lit 5))) :: Expr))
  r <- gmapM (\d -> do putStrLn ("visit " ++ show (toConstr d)); return d) e
  print (r == e)
  print (constrFixity (toConstr (Add (Lit 1) (Lit 2))), typeOf prog, typeOf (Lit 1))
  print (readConstr (dataTypeOf e) "Mul", readConstr (dataTypeOf e) "Div")
  print (gmapQl (+) 0 (mkQ 0 (\(Lit n) -> n)) (Add (Lit 3) (Lit 4)))
  print (gmapQr (:) [] (mkQ "" (\s -> s :: String)) (Assign "q" (Lit 1)))
  -- an Int constructor where an Expr is built: GHC's error
  print (fromConstrB (fromConstr (toConstr (0 :: Int))) (toConstr (Neg (Lit 5))) :: Expr)
