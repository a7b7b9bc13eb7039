{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE MagicHash #-}
import GHC.Exts
import GHC.Stack (currentCallStack)
import Control.Exception
import Unsafe.Coerce
t :: String -> a -> IO ()
t l x = do { r <- try (evaluate x); case r of { Left e -> putStrLn (l ++ " ERR " ++ show (e :: ErrorCall)); Right _ -> putStrLn (l ++ " ok") } }
main :: IO ()
main = do
  print (succ Vec2, [minBound .. maxBound :: VecElem], [Vec8 ..], [Int8ElemRep, Int32ElemRep ..], [Vec64, Vec16 ..])
  print (map fromEnum [Vec2, Vec64], toEnum 3 :: VecElem, pred DoubleElemRep, [Vec4 .. Vec16], [Vec2, Vec8 .. Vec64])
  t "succV" (succ Vec64)
  t "toEnumV" (toEnum 9 :: VecCount)
  t "toEnumE" (toEnum (-3) :: VecElem)
  t "predE" (pred Int8ElemRep)
  print (minBound :: VecCount, maxBound :: VecElem)
  print (VecRep Vec4 Int8ElemRep, TupleRep [LiftedRep, IntRep], SumRep [], [DoubleRep, AddrRep, UnliftedRep])
  print (Just (VecRep Vec4 Int8ElemRep), Just (TupleRep []))
  print (maxTupleSize, breakpoint 'x', breakpointCond True 'y', isTrue# 1#, isTrue# 0#, inline not True)
  print (I# (iShiftL# 1# 70#), I# (iShiftL# 3# 4#), I# (iShiftRA# (-8#) 70#), I# (iShiftRA# 8# 70#), I# (iShiftRA# (-8#) 1#), I# (iShiftRL# (-8#) 70#), I# (iShiftRL# 16# 2#))
  print (W# (shiftL# 1## 3#), W# (shiftL# 1## 64#), W# (shiftRL# 8## 70#), W# (shiftRL# 8## 2#))
  print (I# (cstringLength# "hello"#), unpackNBytes# "abcdef"# 3#)
  print (NoSpecConstr == ForceSpecConstr, NoSpecConstr == NoSpecConstr, ForceSpecConstr /= NoSpecConstr)
  currentCallStack >>= print
  print (unsafeCoerce (5 :: Int) :: Int, lazy 'q', oneShot (+ 1) (2 :: Int))
  traceEvent "event"
  print (sortWith negate [3, 1, 2 :: Int], groupWith (`mod` 3) [1 .. 10 :: Int], the "aaa")
