{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- integer-gmp's compatibility layer: BigNat arithmetic, bits, comparisons,
-- conversions and the S#/Jp#/Jn# pattern synonyms.
import GHC.Integer.GMP.Internals
import GHC.Exts

bn :: Integer -> BigNat
bn (Jp# b) = b
bn (S# i) = wordToBigNat (int2Word# i)
bn (Jn# b) = b

shw :: BigNat -> String
shw b = show (bigNatToInteger b)

big1, big2 :: Integer
big1 = 2 ^ (100 :: Int) + 12345
big2 = 3 ^ (50 :: Int) + 7

describe :: Integer -> String
describe (S# i) = "S# " ++ show (I# i)
describe (Jp# b) = "Jp# with " ++ show (I# (sizeofBigNat# b)) ++ " limbs"
describe (Jn# b) = "Jn# with " ++ show (I# (sizeofBigNat# b)) ++ " limbs"

main :: IO ()
main = do
  let a = bn big1
      b = bn big2
      w = 1000000007##
  mapM_ (putStrLn . describe) [0, 42, -7, big1, negate big2, 2 ^ (64 :: Int)]
  print (S# 5#, Jp# a, Jn# b)
  putStrLn (shw (plusBigNat a b))
  putStrLn (shw (minusBigNat a b))
  putStrLn (shw (timesBigNat a b))
  putStrLn (shw (sqrBigNat b))
  putStrLn (shw (quotBigNat a b) ++ " " ++ shw (remBigNat a b))
  case quotRemBigNat a b of (# q, r #) -> putStrLn (shw q ++ " / " ++ shw r)
  case quotRemBigNatWord a w of
    (# q, r #) -> putStrLn (shw q ++ " rem " ++ show (W# r))
  putStrLn (shw (quotBigNatWord a w) ++ " " ++ show (W# (remBigNatWord a w)))
  putStrLn (shw (plusBigNatWord a w) ++ " " ++ shw (minusBigNatWord a w))
  putStrLn (shw (timesBigNatWord a w))
  putStrLn (shw (gcdBigNat (timesBigNat a b) (sqrBigNat b)))
  print (W# (gcdBigNatWord (timesBigNatWord a 30##) 42##))
  putStrLn (shw (andBigNat a b) ++ " " ++ shw (orBigNat a b) ++ " " ++ shw (xorBigNat a b))
  putStrLn (shw (shiftLBigNat b 70#) ++ " " ++ shw (shiftRBigNat a 90#))
  print (testBitBigNat a 100#, testBitBigNat a 99#, testBitBigNat a 0#, testBitBigNat a 5000#)
  putStrLn (shw (setBitBigNat b 130#) ++ " " ++ shw (clearBitBigNat a 100#) ++ " " ++ shw (complementBitBigNat a 3#))
  print (I# (popCountBigNat a), I# (popCountBigNat b))
  putStrLn (shw (bitBigNat 77#))
  print (isZeroBigNat zeroBigNat, isZeroBigNat oneBigNat, shw zeroBigNat, shw oneBigNat)
  print (compareBigNat a b, compareBigNat b a, compareBigNat a a)
  print (compareBigNatWord oneBigNat 1##, compareBigNatWord oneBigNat 2##, compareBigNatWord a 5##)
  print (eqBigNat a a, eqBigNat a b, I# (eqBigNat# a a), I# (eqBigNat# a b))
  print (eqBigNatWord oneBigNat 1##, I# (eqBigNatWord# oneBigNat 2##), I# (gtBigNatWord# a 3##), I# (gtBigNatWord# oneBigNat 3##))
  print (I# (bigNatToInt (bn 123456789)), W# (bigNatToWord (bn 987654321)))
  print (W# (indexBigNat# a 0#), W# (indexBigNat# a 1#), I# (sizeofBigNat# a))
  putStrLn (shw (wordToBigNat2 3## 5##))
  print (bigNatToNegInteger a, wordToNegInteger 99##)
  print (I# (isValidBigNat# a), I# (isValidInteger# big1), I# (isValidInteger# 3))
  print (W# (sizeInBaseBigNat a 10#), W# (sizeInBaseBigNat a 2#), W# (sizeInBaseBigNat a 16#))
  print (W# (sizeInBaseInteger big1 10#), W# (sizeInBaseInteger (-255) 16#), W# (sizeInBaseInteger 0 10#))
  print (W# (sizeInBaseWord# 255## 2#), W# (sizeInBaseWord# 0## 10#), W# (sizeInBaseWord# 1000## 10#))
