{-# LANGUAGE TypeOperators, GADTs #-}
-- Data.Type.Equality: Refl/HRefl values, castWith, gcastWith, sym, trans,
-- and the Eq, Ord and Show instances of :~: and :~~:
import Data.Type.Equality

f :: (a :~: Int) -> a -> Int
f r x = castWith r x + 1

g :: (a :~: b) -> (b :~: c) -> (a :~: c)
g = trans

main :: IO ()
main = do
  let r = Refl :: Int :~: Int
  print (f Refl (41 :: Int), castWith (sym r) 3)
  print (gcastWith r (5 :: Int))
  print (g r Refl, r == r, compare r r, r <= r, max r r)
  print (HRefl :: Bool :~~: Bool, HRefl == (HRefl :: Char :~~: Char))
  print [Refl :: () :~: ()]
