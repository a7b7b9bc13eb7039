{-# OPTIONS_GHC -Wno-deprecations #-}
-- GHC.Exts: its non-primop functions (shifts, C strings, breakpoints, maxTupleSize, SpecConstrAnnotation, ...)
{-# LANGUAGE MagicHash #-}
import GHC.Exts
import GHC.Stack (currentCallStack)
import Control.Exception
import Unsafe.Coerce
t :: String -> a -> IO ()
t l x = do { r <- try (evaluate x); case r of { Left e -> putStrLn (l ++ " ERR " ++ show (e :: ErrorCall)); Right _ -> putStrLn (l ++ " ok") } }
main :: IO ()
main = do
  print (maxTupleSize, breakpoint 'x', breakpointCond True 'y', isTrue# 1#, isTrue# 0#, inline not True)
  print (I# (iShiftL# 1# 70#), I# (iShiftL# 3# 4#), I# (iShiftRA# (-8#) 70#), I# (iShiftRA# 8# 70#), I# (iShiftRA# (-8#) 1#), I# (iShiftRL# (-8#) 70#), I# (iShiftRL# 16# 2#))
  print (W# (shiftL# 1## 3#), W# (shiftL# 1## 64#), W# (shiftRL# 8## 70#), W# (shiftRL# 8## 2#))
  print (I# (cstringLength# "hello"#), unpackNBytes# "abcdef"# 3#)
  print (NoSpecConstr == ForceSpecConstr, NoSpecConstr == NoSpecConstr, ForceSpecConstr /= NoSpecConstr)
  currentCallStack >>= print
  print (unsafeCoerce (5 :: Int) :: Int, lazy 'q', oneShot (+ 1) (2 :: Int))
  traceEvent "event"
  print (sortWith negate [3, 1, 2 :: Int], groupWith (`mod` 3) [1 .. 10 :: Int], the "aaa")
