-- An interpreter for a WHILE language: parsing via ReadP, an environment in
-- Data.Map, evaluation in StateT over IO for print statements.
module Main (main) where

import Text.ParserCombinators.ReadP hiding (get)
import Data.Char (isDigit, isAlpha, isSpace)
import qualified Data.Map as M
import Control.Monad.State

data AExp = Num Integer | Var String | Bin Char AExp AExp deriving Show
data BExp = Less AExp AExp | Equal AExp AExp | Not BExp deriving Show
data Stmt = Assign String AExp | While BExp [Stmt] | If BExp [Stmt] [Stmt] | Print AExp deriving Show

tok :: ReadP a -> ReadP a
tok p = p <* skipSpaces
kw :: String -> ReadP String
kw = tok . string

aexp :: ReadP AExp
aexp = chainl1 term (bin "+-")
  where term = chainl1 atom (bin "*/%")
        atom = tok (Num . read <$> munch1 isDigit) +++ tok (Var <$> munch1 isAlpha) +++ between (kw "(") (kw ")") aexp
        bin cs = tok (do c <- satisfy (`elem` cs); return (Bin c))

bexp :: ReadP BExp
bexp = (Not <$> (kw "!" *> bexp)) <++ (do a <- aexp; op <- kw "<" +++ kw "=="; b <- aexp; return (if op == "<" then Less a b else Equal a b))

stmt :: ReadP Stmt
stmt = choice
  [ While <$> (kw "while" *> bexp) <*> block
  , If <$> (kw "if" *> bexp) <*> block <*> option [] (kw "else" *> block)
  , Print <$> (kw "print" *> aexp <* kw ";")
  , Assign <$> tok (munch1 isAlpha) <* kw ":=" <*> aexp <* kw ";"
  ]
  where block = between (kw "{") (kw "}") (many stmt)

program :: ReadP [Stmt]
program = skipSpaces *> many stmt <* eof

evalA :: M.Map String Integer -> AExp -> Integer
evalA _ (Num n) = n
evalA env (Var v) = M.findWithDefault 0 v env
evalA env (Bin c a b) = op (evalA env a) (evalA env b)
  where op = case c of '+' -> (+); '-' -> (-); '*' -> (*); '/' -> div; _ -> mod

evalB :: M.Map String Integer -> BExp -> Bool
evalB env (Less a b) = evalA env a < evalA env b
evalB env (Equal a b) = evalA env a == evalA env b
evalB env (Not b) = not (evalB env b)

exec :: Stmt -> StateT (M.Map String Integer) IO ()
exec s = case s of
  Assign v e -> modify (\env -> M.insert v (evalA env e) env)
  Print e -> get >>= liftIO . print . (`evalA` e)
  If c t f -> get >>= \env -> mapM_ exec (if evalB env c then t else f)
  While c body -> do
    env <- get
    when (evalB env c) (mapM_ exec body >> exec s)

main :: IO ()
main = do
  src <- getContents
  case [p | (p, "") <- readP_to_S program src] of
    [p] -> do
      env <- execStateT (mapM_ exec p) M.empty
      print (M.toList env)
    ps -> putStrLn ("parse failed: " ++ show (length ps) ++ " parses")
