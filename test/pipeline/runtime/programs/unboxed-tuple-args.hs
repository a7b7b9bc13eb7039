{-# LANGUAGE UnboxedTuples, MagicHash #-}
-- Functions taking empty and nested unboxed tuples, applied one argument at a time.
import GHC.Exts

f :: (# #) -> Int -> Int
f (# #) n = n + 1
{-# NOINLINE f #-}

g :: Int -> (# Int, (# Int, Int #) #) -> Int -> Int
g a (# b, (# c, d #) #) e = a * 10000 + b * 1000 + c * 100 + d * 10 + e
{-# NOINLINE g #-}

h :: (# #) -> (# #) -> Int -> (# Int, Int #)
h (# #) (# #) x = (# x, x * 2 #)
{-# NOINLINE h #-}

k :: (# Int, (# #) #) -> Int -> Int
k (# a, (# #) #) b = a - b
{-# NOINLINE k #-}

m :: (# #) -> (# #) -> Int
m (# #) (# #) = 42
{-# NOINLINE m #-}

n2 :: (# #) -> Int -> (# #) -> Int
n2 (# #) x (# #) = x * 3
{-# NOINLINE n2 #-}

o :: (# (# #), (# #) #) -> Int -> Int
o (# (# #), (# #) #) x = x + 100
{-# NOINLINE o #-}

w :: (# Int#, (# #) #) -> (# (# Int, Int #) #) -> Int
w (# a, (# #) #) (# (# b, c #) #) = I# a + b + c
{-# NOINLINE w #-}

apply1 :: (a -> b) -> a -> b
apply1 fn x = fn x
{-# NOINLINE apply1 #-}

main :: IO ()
main = do
  let p = f (# #)
  print (map p [1, 2, 3])
  let q = g 1
      r = q (# 2, (# 3, 4 #) #)
  print (r 5, apply1 r 6)
  print (map (g 9 (# 8, (# 7, 6 #) #)) [1, 2])
  let hp = h (# #)
      hq = hp (# #)
  case hq 21 of (# u, v #) -> print (u, v)
  let kp = k (# 10, (# #) #)
  print (map kp [1, 2, 3], apply1 (k (# 5, (# #) #)) 1)
  let a = m (# #)
  print (a (# #))
  let b = n2 (# #)
      c = b 7
  print (c (# #), apply1 b 2 (# #))
  print (map (o (# (# #), (# #) #)) [1, 2])
  let wp = w (# 1#, (# #) #)
  print (wp (# (# 2, 3 #) #))
