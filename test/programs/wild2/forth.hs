{-# LANGUAGE LambdaCase #-}
-- A tiny Forth: a data stack, user words, if/else/then, do/loop.
module Main (main) where

import qualified Data.Map.Strict as Map
import Data.Char (isDigit, toLower)
import Control.Monad.State

data Forth = Forth { stack :: [Integer], dict :: Map.Map String [String], out :: [String] }

type F = StateT Forth (Either String)

push :: Integer -> F ()
push x = modify $ \f -> f { stack = x : stack f }

pop :: F Integer
pop = gets stack >>= \case
  (x:xs) -> do modify (\f -> f { stack = xs }); return x
  [] -> lift (Left "stack underflow")

emit :: String -> F ()
emit s = modify $ \f -> f { out = s : out f }

isNum :: String -> Bool
isNum ('-':d@(_:_)) = all isDigit d
isNum d@(_:_) = all isDigit d
isNum _ = False

eval :: [String] -> F ()
eval [] = return ()
eval (":" : name : rest) =
  let (body, rest') = break (== ";") rest
  in do modify (\f -> f { dict = Map.insert (map toLower name) body (dict f) }); eval (drop 1 rest')
eval ("if" : rest) = do
  c <- pop
  let (thenP, elseP, rest') = splitIf rest
  eval (if c /= 0 then thenP else elseP)
  eval rest'
eval ("do" : rest) = do
  start <- pop
  limit <- pop
  let (body, rest') = break (== "loop") rest
  forM_ [start .. limit - 1] $ \i -> do
    modify (\f -> f { dict = Map.insert "i" [show i] (dict f) })
    eval body
  eval (drop 1 rest')
eval (w : rest) = step (map toLower w) >> eval rest

splitIf :: [String] -> ([String], [String], [String])
splitIf ws = go (0 :: Int) [] ws
  where
    go _ acc [] = (reverse acc, [], [])
    go 0 acc ("else" : r) = let (e, r') = break (== "then") r in (reverse acc, e, drop 1 r')
    go 0 acc ("then" : r) = (reverse acc, [], r)
    go d acc (w : r)
      | w == "if" = go (d + 1) (w : acc) r
      | w == "then" = go (d - 1) (w : acc) r
      | otherwise = go d (w : acc) r

binop :: (Integer -> Integer -> Integer) -> F ()
binop op = do b <- pop; a <- pop; push (op a b)

step :: String -> F ()
step w
  | isNum w = push (read w)
  | otherwise = do
      d <- gets dict
      case Map.lookup w d of
        Just body -> eval body
        Nothing -> builtin w

builtin :: String -> F ()
builtin = \case
  "+" -> binop (+)
  "-" -> binop (-)
  "*" -> binop (*)
  "/" -> do b <- pop; a <- pop; if b == 0 then lift (Left "division by zero") else push (a `div` b)
  "mod" -> binop mod
  "=" -> binop (\a b -> if a == b then -1 else 0)
  "<" -> binop (\a b -> if a < b then -1 else 0)
  "dup" -> do a <- pop; push a; push a
  "drop" -> () <$ pop
  "swap" -> do b <- pop; a <- pop; push b; push a
  "over" -> do b <- pop; a <- pop; push a; push b; push a
  "." -> pop >>= emit . show
  "cr" -> emit "\n"
  w -> lift (Left ("unknown word: " ++ w))

runForth :: String -> String
runForth src = case execStateT (eval (words src)) (Forth [] Map.empty []) of
  Left e -> "error: " ++ e
  Right f -> unwords (reverse (out f)) ++ " <" ++ show (reverse (stack f)) ++ ">"

main :: IO ()
main = mapM_ (putStrLn . runForth)
  [ "1 2 + 3 * ."
  , ": sq dup * ; 7 sq . 12 sq ."
  , ": fact dup 1 < if drop 1 else dup 1 - fact * then ; 20 fact . 25 fact ."
  , "10 0 do i . loop"
  , "5 0 /"
  , "1 2 3 swap over"
  , "drop"
  , "frobnicate"
  , "-5 3 mod . -5 3 / ."
  ]
