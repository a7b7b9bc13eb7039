-- par and pseq (GHC.Conc): sparks change nothing about the result.
import GHC.Conc (par, pseq, numCapabilities, getNumCapabilities)

fib :: Int -> Integer
fib n = if n < 2 then toInteger n else fib (n - 1) + fib (n - 2)

parFib :: Int -> Integer
parFib n
  | n < 12 = fib n
  | otherwise = let a = parFib (n - 1); b = parFib (n - 2) in a `par` (b `pseq` (a + b))

main :: IO ()
main = do
  print (parFib 20)
  let xs = map (* 2) [1 .. 1000 :: Int]
  print (xs `par` sum xs)
  print numCapabilities
  getNumCapabilities >>= print
