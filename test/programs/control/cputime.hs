-- getCPUTime and cpuTimePrecision: only timing-independent properties.
import System.CPUTime

spin :: Int -> Int
spin n = sum [ i * i `mod` 7 | i <- [1 .. n] ]

main :: IO ()
main = do
  t0 <- getCPUTime
  print (t0 >= 0)
  print (spin 20000)
  t1 <- getCPUTime
  print (t1 >= t0)
  ts <- mapM (\k -> print (spin k) >> getCPUTime) [100, 200, 300]
  print (and (zipWith (<=) (t1 : ts) ts))
  print (cpuTimePrecision > 0)
  print (cpuTimePrecision <= 1000000000000)
