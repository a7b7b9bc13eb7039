-- An RPN calculator over Double reading stdin line by line, with error
-- handling through Either and Maybe, and formatted output.
module Main (main) where

import Text.Read (readMaybe)
import System.IO
import Control.Monad (unless)
import Text.Printf

evalRPN :: String -> Either String Double
evalRPN = go [] . words
  where
    go [x] [] = Right x
    go st [] = Left ("stack has " ++ show (length st) ++ " items")
    go (y:x:st) (t:ts) | Just f <- lookup t ops = go (f x y : st) ts
    go st (t:ts) = case readMaybe t of
      Just v -> go (v : st) ts
      Nothing | t `elem` map fst ops -> Left ("underflow at " ++ t)
              | otherwise -> Left ("bad token " ++ show t)
    ops = [("+", (+)), ("-", (-)), ("*", (*)), ("/", (/)), ("^", (**)), ("max", max)]

main :: IO ()
main = do
  let loop n = do
        eof <- isEOF
        unless eof $ do
          l <- getLine
          case evalRPN l of
            Right v -> printf "%3d: %s = %.4f\n" (n :: Int) l v
            Left e -> hPutStrLn stderr ("line " ++ show n ++ ": " ++ e)
          loop (n + 1)
  loop 1
  hPutStrLn stderr "bye"
