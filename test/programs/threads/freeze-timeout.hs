-- timeout interrupts an expensive evaluation. The thunk under evaluation is
-- not poisoned with the Timeout exception: GHC's runtime suspends the
-- evaluation (the thunk keeps the interrupted stack), and demanding the
-- value afterwards resumes it where it stopped.
-- (GHC needs about 0.1 s for the product, far beyond the 1 us timeout.)
import Control.Exception
import System.Timeout

main :: IO ()
main = do
  let total = product [1 .. 30000 :: Integer]
  r <- timeout 1 (evaluate total)
  putStrLn (maybe "timed out" (const "finished in time") r)
  print (total `mod` 1000000007)
  r2 <- timeout 1000000000 (evaluate (total `mod` 998244353))
  print r2
