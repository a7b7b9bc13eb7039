-- Base -O1 internals whose interfaces give no unfolding: Enum's errors at
-- the ends and enumFrom loops (Bool, Ordering, (), Word, IOMode, RTS
-- flags), Show of 11- to 13-tuples and of a CallStack, the Eq/Ord workers
-- of triples and pairs (ghc-prim's GHC.Classes).
import Control.Exception
import GHC.RTS.Flags
import GHC.Stack
import System.IO

try' :: Show a => a -> IO ()
try' x = do
  r <- try (evaluate x)
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: ErrorCall))
    Right v -> print v

{-# NOINLINE cmp3 #-}
cmp3 :: (Ord a, Ord b, Ord c) => (a, b, c) -> (a, b, c) -> [Bool]
cmp3 x y = [x == y, x < y, x <= y, x > y, x >= y, compare x y == LT]

{-# NOINLINE cmp2 #-}
cmp2 :: (Ord a, Ord b) => (a, b) -> (a, b) -> [Bool]
cmp2 x y = [x == y, x < y, x <= y, x > y, x >= y]

stackOf :: HasCallStack => CallStack
stackOf = callStack

outer :: HasCallStack => CallStack
outer = stackOf

main :: IO ()
main = do
  try' (succ True)
  try' (pred False)
  try' (succ GT)
  try' (pred LT)
  try' (toEnum 3 :: ())
  try' (toEnum (-1) :: Word)
  try' (pred ReadMode)
  try' (succ ReadWriteMode)
  try' (pred NoHeapProfiling)
  try' (succ HeapByClosureType)
  print [IoPOSIX, IoNative]
  print (take 3 [(), () ..])
  print ([False ..], [True ..], [LT ..], [EQ ..], [WriteMode ..], [ReadMode ..])
  print (1 :: Int, 'b', "c", 4.5 :: Double, True, (), LT, Just 8, [9 :: Int], 10 :: Integer, 'k')
  print (1 :: Int, 'b', "c", 4.5 :: Double, True, (), LT, Just 8, [9 :: Int], 10 :: Integer, 'k', 12 :: Int)
  print (1 :: Int, 'b', "c", 4.5 :: Double, True, (), LT, Just 8, [9 :: Int], 10 :: Integer, 'k', 12 :: Int, "m")
  print outer
  print (cmp3 (1 :: Int, 'a', "x") (1, 'a', "y"), cmp3 (2 :: Integer, LT, [1 :: Int]) (1, GT, []))
  print (cmp2 (Just 'a', 3 :: Int) (Just 'a', 2), cmp2 ("ab", 'c') ("ab", 'c'))
