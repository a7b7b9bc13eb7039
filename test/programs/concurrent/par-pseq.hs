-- par and pseq on one capability (sparks never run), numCapabilities.
import GHC.Conc
import Control.Concurrent

fib :: Int -> Integer
fib n = if n < 2 then toInteger n else fib (n - 1) + fib (n - 2)

main :: IO ()
main = do
  let a = fib 20
      b = fib 21
  print (a `par` (b `pseq` (a + b)))
  print numCapabilities
  getNumCapabilities >>= print
  numSparks >>= print
  print (pseq (1 :: Int) 'x')
