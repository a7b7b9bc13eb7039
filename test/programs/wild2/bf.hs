-- A Brainfuck interpreter with a zipper tape and precomputed jump table.
module Main (main) where

import qualified Data.Map as M
import Data.Word (Word8)
import Data.Char (chr, ord)

data Tape = Tape [Word8] !Word8 [Word8]

blank :: Tape
blank = Tape [] 0 []

left, right :: Tape -> Tape
left (Tape (l:ls) c rs) = Tape ls l (c:rs)
left (Tape [] c rs) = Tape [] 0 (c:rs)
right (Tape ls c (r:rs)) = Tape (c:ls) r rs
right (Tape ls c []) = Tape (c:ls) 0 []

jumps :: String -> M.Map Int Int
jumps prog = go 0 [] M.empty prog
  where
    go _ _ m [] = m
    go i st m (c:cs) = case c of
      '[' -> go (i+1) (i:st) m cs
      ']' -> case st of
               (j:st') -> go (i+1) st' (M.insert i j (M.insert j i m)) cs
               [] -> error "unbalanced"
      _ -> go (i+1) st m cs

run :: String -> String -> String
run prog input = exec 0 blank input
  where
    n = length prog
    code = M.fromList (zip [0..] prog)
    js = jumps prog
    exec pc t@(Tape ls c rs) inp
      | pc >= n = []
      | otherwise = case code M.! pc of
          '>' -> exec (pc+1) (right t) inp
          '<' -> exec (pc+1) (left t) inp
          '+' -> exec (pc+1) (Tape ls (c+1) rs) inp
          '-' -> exec (pc+1) (Tape ls (c-1) rs) inp
          '.' -> chr (fromIntegral c) : exec (pc+1) t inp
          ',' -> case inp of
                   (x:xs) -> exec (pc+1) (Tape ls (fromIntegral (ord x)) rs) xs
                   [] -> exec (pc+1) (Tape ls 0 rs) inp
          '[' | c == 0 -> exec (js M.! pc + 1) t inp
          ']' | c /= 0 -> exec (js M.! pc + 1) t inp
          _ -> exec (pc+1) t inp

hello :: String
hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."

rev :: String
rev = ">,[>,]<[.<]"

main :: IO ()
main = do
  putStr (run hello "")
  putStrLn (run rev "stressed")
  putStrLn (run ",[.-]" "\5")
  print (map ord (run "-." ""))
