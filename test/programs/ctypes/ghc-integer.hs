{-# LANGUAGE MagicHash, UnboxedTuples #-}
import GHC.Integer
import GHC.Exts

big :: Integer
big = 123456789012345678901234567890

main :: IO ()
main = do
  print (smallInteger 42#, smallInteger (-7#), wordToInteger 18446744073709551615##)
  print (I# (integerToInt big), W# (integerToWord big), I# (integerToInt (-5)), I# (hashInteger 77))
  print (plusInteger big 1, minusInteger 5 big, timesInteger big big, negateInteger big)
  print (absInteger (-3), signumInteger (-3), signumInteger 0, signumInteger big)
  print (quotInteger (-17) 5, remInteger (-17) 5, divInteger (-17) 5, modInteger (-17) 5)
  case quotRemInteger big 97 of (# q, r #) -> print (q, r)
  case divModInteger (negateInteger big) 97 of (# q, r #) -> print (q, r)
  print (compareInteger 1 2, compareInteger big 3, eqInteger 3 3, neqInteger 3 3)
  print (ltInteger 1 2, leInteger 2 2, gtInteger 1 2, geInteger big big)
  print (I# (eqInteger# 3 3), I# (neqInteger# 3 4), I# (ltInteger# 5 4), I# (leInteger# 4 4), I# (gtInteger# big 0), I# (geInteger# 0 big))
  print (andInteger 12 10, orInteger 12 10, xorInteger 12 10, complementInteger 0, andInteger (-1) big)
  print (shiftLInteger 1 100#, shiftRInteger big 64#, shiftRInteger (-1) 5#, testBitInteger 5 2#, testBitInteger 5 1#)
  print (bitInteger 70#, I# (popCountInteger 255), I# (popCountInteger big))
  print (D# (doubleFromInteger big), F# (floatFromInteger big), D# (encodeDoubleInteger 3 (-2#)), F# (encodeFloatInteger 5 3#))
  case decodeDoubleInteger 0.75## of (# m, e #) -> print (m, I# e)
  case decodeDoubleInteger 1.0e300## of (# m, e #) -> print (m, I# e)
