import Data.IORef
import qualified Data.Map as M
import Data.Char (isDigit, isSpace)
import Control.Monad (forM, foldM)
import Control.Exception
import System.IO

data Val = Num Integer | Sym String | List [Val] | Fn ([Val] -> IO Val) | Lambda [String] Val Env | Nil

type Env = IORef (M.Map String (IORef Val))

instance Show Val where
  show (Num n) = show n
  show (Sym s) = s
  show (List xs) = "(" ++ unwords (map show xs) ++ ")"
  show (Fn _) = "<builtin>"
  show Lambda{} = "<lambda>"
  show Nil = "nil"

newtype LispError = LispError String deriving Show
instance Exception LispError

tokenize :: String -> [String]
tokenize [] = []
tokenize (c : cs)
  | c `elem` "()'" = [c] : tokenize cs
  | isSpace c = tokenize cs
  | otherwise = let (t, r) = break (\x -> isSpace x || x `elem` "()") (c : cs) in t : tokenize r

parseExpr :: [String] -> (Val, [String])
parseExpr ("(" : ts) = go [] ts
  where go acc (")" : r) = (List (reverse acc), r)
        go acc r = let (v, r') = parseExpr r in go (v : acc) r'
parseExpr ("'" : ts) = let (v, r) = parseExpr ts in (List [Sym "quote", v], r)
parseExpr (t : ts)
  | all isDigit t || (head t == '-' && length t > 1 && all isDigit (tail t)) = (Num (read t), ts)
  | otherwise = (Sym t, ts)
parseExpr [] = throw (LispError "unexpected EOF")

parseAll :: [String] -> [Val]
parseAll [] = []
parseAll ts = let (v, r) = parseExpr ts in v : parseAll r

lookupVar :: Env -> String -> IO Val
lookupVar env s = do
  m <- readIORef env
  maybe (throwIO (LispError ("unbound: " ++ s))) readIORef (M.lookup s m)

define :: Env -> String -> Val -> IO ()
define env s v = do
  r <- newIORef v
  modifyIORef env (M.insert s r)

eval :: Env -> Val -> IO Val
eval env v = case v of
  Num _ -> return v
  Sym s -> lookupVar env s
  List [Sym "quote", x] -> return x
  List [Sym "if", c, t, e] -> do
    cv <- eval env c
    case cv of
      Nil -> eval env e
      Num 0 -> eval env e
      _ -> eval env t
  List [Sym "define", Sym n, e] -> do { x <- eval env e; define env n x; return (Sym n) }
  List [Sym "set!", Sym n, e] -> do
    x <- eval env e
    m <- readIORef env
    maybe (throwIO (LispError n)) (`writeIORef` x) (M.lookup n m)
    return x
  List (Sym "lambda" : List ps : [body]) -> return (Lambda [p | Sym p <- ps] body env)
  List (Sym "begin" : es) -> foldM (\_ e -> eval env e) Nil es
  List (f : args) -> do
    fv <- eval env f
    as <- mapM (eval env) args
    apply fv as
  List [] -> return Nil
  _ -> return v

apply :: Val -> [Val] -> IO Val
apply (Fn f) as = f as
apply (Lambda ps body cenv) as = do
  m <- readIORef cenv
  refs <- mapM newIORef as
  env' <- newIORef (M.union (M.fromList (zip ps refs)) m)
  eval env' body
apply v _ = throwIO (LispError ("not a function: " ++ show v))

numOp :: (Integer -> Integer -> Integer) -> Val
numOp op = Fn $ \as -> case as of
  (Num a : rest) -> Num <$> foldM (\x y -> case y of { Num n -> return (op x n); _ -> throwIO (LispError "type") }) a rest
  _ -> throwIO (LispError "arity")

main :: IO ()
main = do
  env <- newIORef M.empty
  mapM_ (uncurry (define env))
    [ ("+", numOp (+)), ("-", numOp (-)), ("*", numOp (*))
    , ("<", Fn (\[Num a, Num b] -> return (if a < b then Num 1 else Nil)))
    , ("=", Fn (\[Num a, Num b] -> return (if a == b then Num 1 else Nil)))
    , ("list", Fn (return . List))
    , ("car", Fn (\[List (x : _)] -> return x))
    , ("cdr", Fn (\[List (_ : xs)] -> return (List xs)))
    ]
  src <- getContents
  mapM_ (\e -> (eval env e >>= print) `catch` (\(LispError m) -> putStrLn ("error: " ++ m))) (parseAll (tokenize src))
