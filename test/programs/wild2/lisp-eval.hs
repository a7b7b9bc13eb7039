-- A small Scheme: s-expression reader, environment of IORefs, closures,
-- define/lambda/if/let/quote, and a REPL over stdin.
module Main (main) where

import Data.IORef
import qualified Data.Map as M
import Data.Char (isDigit, isSpace)
import Control.Exception
import Control.Monad (forM)

data Val = Num Integer | Sym String | List [Val] | Bool Bool | Prim String ([Val] -> IO Val) | Closure [String] Val Env | Nil

type Env = IORef (M.Map String (IORef Val))

instance Show Val where
  show (Num n) = show n
  show (Sym s) = s
  show (List xs) = "(" ++ unwords (map show xs) ++ ")"
  show (Bool b) = if b then "#t" else "#f"
  show (Prim n _) = "<prim " ++ n ++ ">"
  show Closure{} = "<closure>"
  show Nil = "nil"

newtype LispError = LispError String deriving Show
instance Exception LispError

tokenize :: String -> [String]
tokenize [] = []
tokenize (c:cs)
  | c `elem` "()'" = [c] : tokenize cs
  | isSpace c = tokenize cs
  | c == ';' = tokenize (dropWhile (/= '\n') cs)
  | otherwise = let (t, r) = break (\x -> isSpace x || x `elem` "()'") (c:cs) in t : tokenize r

parse :: [String] -> (Val, [String])
parse ("(" : ts) = go [] ts
  where go acc (")" : r) = (List (reverse acc), r)
        go acc r = let (v, r') = parse r in go (v : acc) r'
parse ("'" : ts) = let (v, r) = parse ts in (List [Sym "quote", v], r)
parse (t : ts)
  | all isDigit t = (Num (read t), ts)
  | ('-':d@(_:_)) <- t, all isDigit d = (Num (read t), ts)
  | t == "#t" = (Bool True, ts)
  | t == "#f" = (Bool False, ts)
  | otherwise = (Sym t, ts)
parse [] = throw (LispError "unexpected EOF")

parseAll :: [String] -> [Val]
parseAll [] = []
parseAll ts = let (v, r) = parse ts in v : parseAll r

lookupVar :: Env -> String -> IO Val
lookupVar env s = do
  m <- readIORef env
  maybe (throwIO (LispError ("unbound: " ++ s))) readIORef (M.lookup s m)

define :: Env -> String -> Val -> IO ()
define env s v = do r <- newIORef v; modifyIORef env (M.insert s r)

eval :: Env -> Val -> IO Val
eval env v = case v of
  Sym s -> lookupVar env s
  List [Sym "quote", x] -> return x
  List [Sym "if", c, t, e] -> do
    cv <- eval env c
    case cv of Bool False -> eval env e; _ -> eval env t
  List (Sym "define" : List (Sym f : ps) : body) -> do
    define env f (Closure [p | Sym p <- ps] (List (Sym "begin" : body)) env); return Nil
  List [Sym "define", Sym s, e] -> eval env e >>= define env s >> return Nil
  List (Sym "lambda" : List ps : body) -> return (Closure [p | Sym p <- ps] (List (Sym "begin" : body)) env)
  List (Sym "begin" : es) -> foldl (\acc e -> acc >> eval env e) (return Nil) es
  List [Sym "let", List bs, body] -> do
    vals <- forM bs $ \(List [Sym n, e]) -> (,) n <$> eval env e
    m <- readIORef env
    env' <- newIORef m
    mapM_ (uncurry (define env')) vals
    eval env' body
  List (f : args) -> do
    fv <- eval env f
    avs <- mapM (eval env) args
    apply fv avs
  _ -> return v

apply :: Val -> [Val] -> IO Val
apply (Prim _ f) args = f args
apply (Closure ps body cenv) args = do
  m <- readIORef cenv
  env' <- newIORef m
  mapM_ (uncurry (define env')) (zip ps args)
  eval env' body
apply v _ = throwIO (LispError ("not a function: " ++ show v))

numOp :: String -> (Integer -> Integer -> Integer) -> Val
numOp n f = Prim n $ \args -> case args of
  (Num a : rest) -> Num . foldl f a <$> mapM num rest
  _ -> throwIO (LispError ("bad args to " ++ n))
  where num (Num x) = return x
        num x = throwIO (LispError ("not a number: " ++ show x))

prims :: [(String, Val)]
prims =
  [ ("+", numOp "+" (+)), ("-", numOp "-" (-)), ("*", numOp "*" (*))
  , ("<", Prim "<" (\[Num a, Num b] -> return (Bool (a < b))))
  , ("=", Prim "=" (\[Num a, Num b] -> return (Bool (a == b))))
  , ("car", Prim "car" (\[List (x:_)] -> return x))
  , ("cdr", Prim "cdr" (\[List (_:xs)] -> return (List xs)))
  , ("cons", Prim "cons" (\[x, List xs] -> return (List (x:xs))))
  , ("null?", Prim "null?" (\[x] -> return (Bool (case x of List [] -> True; _ -> False))))
  , ("list", Prim "list" (return . List))
  ]

main :: IO ()
main = do
  env <- newIORef M.empty
  mapM_ (uncurry (define env)) prims
  src <- getContents
  mapM_ (\form -> do
           r <- try (eval env form >>= evaluate)
           case r of
             Left (LispError e) -> putStrLn ("error: " ++ e)
             Right Nil -> return ()
             Right val -> print val) (parseAll (tokenize src))
