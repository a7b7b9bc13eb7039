{-# OPTIONS_GHC -Wno-deprecations #-}
-- GHC.Exts: VecCount/VecElem (Bounded, Enum, Show with derived errors), Show RuntimeRep
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
