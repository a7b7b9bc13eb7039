-- Multi-module: an RPN calculator reading stdin, with a Stack module.
module Main where

import Stack
import Tokens

step :: Stack Integer -> Token -> Either String (Stack Integer)
step st (TNum n) = Right (push n st)
step st (TOp c) = case pop st of
  Just (b, st1) -> case pop st1 of
    Just (a, st2) -> fmap (`push` st2) (apply c a b)
    Nothing -> Left "stack underflow"
  Nothing -> Left "stack underflow"

apply :: Char -> Integer -> Integer -> Either String Integer
apply '+' a b = Right (a + b)
apply '-' a b = Right (a - b)
apply '*' a b = Right (a * b)
apply '/' _ 0 = Left "division by zero"
apply '/' a b = Right (a `div` b)
apply c _ _ = Left ("unknown operator " ++ [c])

evalLine :: String -> String
evalLine l = case foldl (\acc t -> acc >>= \st -> step st t) (Right empty) (tokenize l) of
  Left err -> "error: " ++ err
  Right st -> maybe "error: empty" (show . fst) (pop st)

main :: IO ()
main = interact (unlines . map evalLine . lines)
