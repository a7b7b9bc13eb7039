{-# LANGUAGE BangPatterns #-}
-- A compiler from an expression language to a stack VM, with an optimiser,
-- run over unboxed arrays in ST.
module Main (main) where

import Control.Monad.ST
import Data.STRef
import Data.Array.ST
import Data.Array.Unboxed
import Control.Monad

data Expr = N Int | V Char | Expr :+ Expr | Expr :* Expr | Expr :- Expr | IfZ Expr Expr Expr
  deriving (Show, Eq)
infixl 6 :+, :-
infixl 7 :*

data Instr = Push Int | Load Char | IAdd | IMul | ISub | Jz Int | Jmp Int
  deriving (Show, Eq)

simplify :: Expr -> Expr
simplify e = case e of
  a :+ b -> case (simplify a, simplify b) of
    (N 0, y) -> y
    (x, N 0) -> x
    (N x, N y) -> N (x + y)
    (x, y) -> x :+ y
  a :* b -> case (simplify a, simplify b) of
    (N 1, y) -> y
    (x, N 1) -> x
    (N 0, _) -> N 0
    (N x, N y) -> N (x * y)
    (x, y) -> x :* y
  a :- b -> simplify a :- simplify b
  IfZ c t f -> IfZ (simplify c) (simplify t) (simplify f)
  _ -> e

compile :: Expr -> [Instr]
compile = go 0
  where
    go _ (N n) = [Push n]
    go _ (V v) = [Load v]
    go o (a :+ b) = bin o a b IAdd
    go o (a :* b) = bin o a b IMul
    go o (a :- b) = bin o a b ISub
    go o (IfZ c t f) =
      let cc = go o c
          tc = go (o + length cc + 1) t
          fo = o + length cc + 1 + length tc + 1
          fc = go fo f
      in cc ++ [Jz (o + length cc + 1 + length tc + 1)] ++ tc ++ [Jmp (fo + length fc)] ++ fc
    bin o a b i = let ca = go o a; cb = go (o + length ca) b in ca ++ cb ++ [i]

run :: [Instr] -> (Char -> Int) -> Int
run prog env = runST $ do
  stack <- newArray (0, 63) 0 :: ST s (STUArray s Int Int)
  sp <- newSTRef 0
  let code = listArray (0, length prog - 1) prog :: Array Int Instr
      n = length prog
      push x = do i <- readSTRef sp; writeArray stack i x; writeSTRef sp (i + 1)
      pop = do i <- readSTRef sp; writeSTRef sp (i - 1); readArray stack (i - 1)
      loop !pc = when (pc < n) $ case code ! pc of
        Push k -> push k >> loop (pc + 1)
        Load v -> push (env v) >> loop (pc + 1)
        IAdd -> do b <- pop; a <- pop; push (a + b); loop (pc + 1)
        IMul -> do b <- pop; a <- pop; push (a * b); loop (pc + 1)
        ISub -> do b <- pop; a <- pop; push (a - b); loop (pc + 1)
        Jz t -> do c <- pop; loop (if c /= 0 then pc + 1 else t)
        Jmp t -> loop t
  loop 0
  pop

main :: IO ()
main = do
  let env c = case c of 'x' -> 7; 'y' -> -3; _ -> 0
      es = [ N 2 :+ N 3 :* V 'x'
           , (V 'x' :+ N 0) :* N 1 :- V 'y'
           , IfZ (V 'z') (N 100) (N 200) :+ IfZ (V 'x' :- N 7) (N 1) (N 2)
           , (N 0 :* V 'x') :+ (N 4 :* N 5)
           ]
  forM_ es $ \e -> do
    let s = simplify e
        c = compile s
    print s
    print c
    print (run c env, run (compile e) env)
  let arr = runSTUArray (do a <- newArray (1, 10) 1; forM_ [2 .. 10] (\i -> readArray a (i - 1) >>= writeArray a i . (* i)); return a) :: UArray Int Int
  print (elems arr)
