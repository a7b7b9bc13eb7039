{-# LANGUAGE StaticPointers #-}
-- GHC.StaticPtr on a program's own static forms: dereferencing, keys
-- (GHC's fingerprints, compared and shown), the info records and their
-- Show, IsStatic's fromStaticPtr. (The static pointer table,
-- unsafeLookupStaticPtr and staticPtrKeys, is refused.)
import GHC.StaticPtr

square :: Int -> Int
square x = x * x

data Op = Op String (Int -> Int -> Int)

main :: IO ()
main = do
  let p = static square
      q = static (\x -> x + 1 :: Int)
      o = static (Op "plus" (+))
  print (deRefStaticPtr p 7, deRefStaticPtr q 7)
  print (staticPtrInfo p)
  print [staticPtrInfo q, staticPtrInfo o]
  print (showsPrec 11 (staticPtrInfo o) "")
  print (staticKey p == staticKey p, staticKey p == staticKey q, staticKey q < staticKey o || staticKey q > staticKey o)
  print (staticKey p, staticKey q)
  print (spInfoUnitId (staticPtrInfo q), spInfoModuleName (staticPtrInfo q), spInfoSrcLoc (staticPtrInfo q))
  print (deRefStaticPtr (fromStaticPtr p :: StaticPtr (Int -> Int)) 3)
  case deRefStaticPtr o of Op name f -> print (name, f 2 3)
