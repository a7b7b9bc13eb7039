-- A lazily self-referencing array: Fibonacci numbers by dynamic programming.
import Data.Array

fibs :: Int -> Array Int Integer
fibs n = table
  where
    table = listArray (0, n) (map f [0 .. n])
    f 0 = 0
    f 1 = 1
    f i = table ! (i - 1) + table ! (i - 2)

main :: IO ()
main = do
  let t = fibs 60
  print (t ! 60)
  print (bounds t, take 8 (elems t))
