{-# LANGUAGE TupleSections #-}
import qualified Data.IntMap as IM
import Data.Array
import Data.Bits
import Data.List (unfoldr, foldl')
import Numeric (showHex, readHex)

-- A tiny register VM
data Op = Add Int Int Int | Mul Int Int Int | Jnz Int Int | Halt deriving (Show, Eq)

decode :: Array Int Int -> Int -> Op
decode mem pc = case mem ! pc of
  1 -> Add (mem ! (pc+1)) (mem ! (pc+2)) (mem ! (pc+3))
  2 -> Mul (mem ! (pc+1)) (mem ! (pc+2)) (mem ! (pc+3))
  3 -> Jnz (mem ! (pc+1)) (mem ! (pc+2))
  _ -> Halt

run :: Array Int Int -> IM.IntMap Int -> Int -> IM.IntMap Int
run mem regs pc = case decode mem pc of
  Add a b c -> run mem (IM.insert c (r a + r b) regs) (pc + 4)
  Mul a b c -> run mem (IM.insert c (r a * r b) regs) (pc + 4)
  Jnz a t -> if r a /= 0 then run mem (IM.adjust (subtract 1) a regs) t else run mem regs (pc + 3)
  Halt -> regs
  where r k = IM.findWithDefault 0 k regs

popcounts :: [Int]
popcounts = map popCount [0 .. 20 :: Int]

main :: IO ()
main = do
  let prog = [1,0,1,2, 2,2,2,3, 3,0,0, 99]
      mem = listArray (0, length prog - 1) prog
      regs = run mem (IM.fromList [(0, 3), (1, 2)]) 0
  print (IM.toList regs)
  print popcounts
  print (foldl' xor 0 [1 .. 100 :: Int], shiftL 1 10 :: Int, shiftR 1024 3 :: Int, (.&.) 12 10 :: Int, 12 .|. 3 :: Int)
  print (testBit (5 :: Int) 0, testBit (5 :: Int) 1, complement (0 :: Int), setBit (0::Int) 4, clearBit (31::Int) 0)
  putStrLn (showHex (255 :: Int) "" ++ " " ++ show (fst (head (readHex "ff" :: [(Int, String)]))))
  let a2 = accumArray (+) 0 (0, 4) [(i `mod` 5, i) | i <- [1 .. 20]] :: Array Int Int
  print a2
  print (bounds a2, elems (fmap (* 2) a2))
  let grid = listArray ((0,0),(2,2)) "abcdefghi" :: Array (Int,Int) Char
  print [grid ! (i, i) | i <- [0..2]]
  print (grid // [((1,1), 'X')])
  print (countLeadingZeros (1 :: Int), finiteBitSize (0 :: Int))
