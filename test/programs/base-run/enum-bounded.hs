-- Enum and Bounded of the standard types: ranges up, down and with steps,
-- succ/pred at the bounds (the errors they raise), toEnum out of range,
-- and Bounded tuples.
import Control.Exception
import Data.Int
import Data.Word
import Numeric.Natural

{-# NOINLINE try1 #-}
try1 :: Show a => String -> a -> IO ()
try1 name x = do
  r <- try (evaluate x)
  case r of
    Left e -> putStrLn (name ++ ": error: " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right v -> putStrLn (name ++ ": " ++ show v)

{-# NOINLINE ranges #-}
ranges :: (Show a, Enum a) => String -> a -> a -> a -> IO ()
ranges name a b c = do
  putStrLn (name ++ ": " ++ show (take 6 [a ..]) ++ show [a .. c] ++ show [a, b .. c] ++ show [c, b .. a] ++ show (take 5 [a, b ..]))
  putStrLn ("  " ++ show (map fromEnum [a, b, c]) ++ show (succ a, pred c))

main :: IO ()
main = do
  ranges "Int" (1 :: Int) 3 10
  ranges "Int8" (-3 :: Int8) 0 12
  ranges "Int16" (100 :: Int16) 250 1000
  ranges "Int32" (-5 :: Int32) (-1) 9
  ranges "Int64" (7 :: Int64) 11 30
  ranges "Word" (1 :: Word) 3 10
  ranges "Word8" (200 :: Word8) 220 255
  ranges "Word16" (5 :: Word16) 7 20
  ranges "Word32" (0 :: Word32) 100 450
  ranges "Word64" (3 :: Word64) 4 9
  ranges "Integer" (-2 :: Integer) 1 10
  ranges "Natural" (0 :: Natural) 2 9
  ranges "Char" 'a' 'c' 'k'
  ranges "Double" (0.5 :: Double) 0.75 2
  ranges "Float" (1 :: Float) 1.5 4
  ranges "Bool" False True True
  ranges "Ordering" LT EQ GT
  print ([() ..], [() .. ()], take 3 [(), () ..], take 3 [(), () .. ()], fromEnum ())
  print ([maxBound - 2 ..] :: [Int8], [minBound + 2, minBound + 1 ..] :: [Word8], [maxBound - 1 ..] :: [Word64], [maxBound - 1 ..] :: [Int64])
  print ([maxBound - 2, maxBound - 1 ..] :: [Int32], [10, 8 .. 1] :: [Word16], [5, 3 ..] :: [Word], [pred maxBound ..] :: [Char])
  print ([5, 4 .. 1] :: [Word32], [1, 1 .. 1] == take 3 ([1, 1 .. 1] :: [Int]), [3 .. 1] :: [Int16], [LT ..], [False ..])
  print (minBound :: Int8, maxBound :: Int8, minBound :: Int16, maxBound :: Int16, minBound :: Int32, maxBound :: Int32, minBound :: Int64, maxBound :: Int64)
  print (maxBound :: Word8, maxBound :: Word16, maxBound :: Word32, maxBound :: Word64, minBound :: Word, maxBound :: Word, minBound :: Char, maxBound :: Char)
  print (minBound :: (Bool, Int8), maxBound :: (Bool, Ordering, Word8), minBound :: (), maxBound :: ((), Char, Bool, Int16))
  print (maxBound :: (Bool, Bool, Bool, Bool, Bool), minBound :: (Word8, Word8, Word8, Word8, Word8, Word8), maxBound :: (Bool, (), Ordering, Bool, Bool, Bool, Bool))
  try1 "succ maxBound Int8" (succ (maxBound :: Int8))
  try1 "pred minBound Word8" (pred (minBound :: Word8))
  try1 "succ maxBound Int" (succ (maxBound :: Int))
  try1 "pred minBound Int64" (pred (minBound :: Int64))
  try1 "succ maxBound Word16" (succ (maxBound :: Word16))
  try1 "succ maxBound Word32" (succ (maxBound :: Word32))
  try1 "succ maxBound Word64" (succ (maxBound :: Word64))
  try1 "pred minBound Word" (pred (minBound :: Word))
  try1 "succ True" (succ True)
  try1 "pred LT" (pred LT)
  try1 "succ ()" (succ ())
  try1 "succ maxBound Char" (succ (maxBound :: Char))
  try1 "pred (0::Natural)" (pred (0 :: Natural))
  try1 "toEnum 300 Word8" (toEnum 300 :: Word8)
  try1 "toEnum (-1) Word16" (toEnum (-1) :: Word16)
  try1 "toEnum 200 Int8" (toEnum 200 :: Int8)
  try1 "toEnum big Int32" (toEnum 3000000000 :: Int32)
  try1 "toEnum 3 Bool" (toEnum 3 :: Bool)
  try1 "toEnum 5 Ordering" (toEnum 5 :: Ordering)
  try1 "toEnum 1 ()" (toEnum 1 :: ())
  try1 "toEnum -1 Word" (toEnum (-1) :: Word)
  try1 "toEnum -1 Word32" (toEnum (-1) :: Word32)
  try1 "toEnum -1 Word64" (toEnum (-1) :: Word64)
  try1 "toEnum big Char" (toEnum 0x110000 :: Char)
  try1 "fromEnum big Word" (fromEnum (maxBound :: Word))
  try1 "fromEnum big Word64" (fromEnum (maxBound :: Word64))
  try1 "fromEnum Integer" (fromEnum (2 ^ 70 :: Integer))
  try1 "toEnum Natural" (toEnum (-3) :: Natural)
  print (map toEnum [0, 1] :: [Bool], map toEnum [0, 1, 2] :: [Ordering], toEnum 0 :: (), map fromEnum "Hi!", toEnum 955 :: Char)
  print (fromEnum (3.7 :: Double), fromEnum (-3.7 :: Float), toEnum 3 :: Double, succ 1.5 :: Float, pred 1.5 :: Double)
  print ([1.0, 1.5 .. 3.2] :: [Double], [3.0, 2.5 .. 1] :: [Float], [1 .. 3.5] :: [Double])
  print (take 3 [2 ^ 64 :: Integer ..], [10, 7 .. -3] :: [Integer], take 3 [0 :: Natural, 5 ..], [9, 6 .. 0] :: [Natural], [5 .. 9] :: [Natural])
  print (length [1 .. 100000 :: Int], sum [1 .. 1000 :: Word64], sum [1, 3 .. 999 :: Int32], length ['\0' .. '\1000'])
