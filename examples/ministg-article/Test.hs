-- The article's test module: the factorial of five over the custom Prelude.
module Test
  ( test
  ) where

pred :: Int -> Int
pred n = n `sub` one

f :: Int -> Int
f n | n `eqInt` zero
    = one
    | True
    = n `mul` f (pred n)

two = plus one one
five = two `plus` two `plus` one

test :: Int
test = f five
