import System.CPUTime

main :: IO ()
main = do
  t0 <- getCPUTime
  let n = sum [1 .. 200000 :: Integer]
  n `seq` return ()
  t1 <- getCPUTime
  print (t0 >= 0, t1 >= t0, n)
  print (cpuTimePrecision > 0)
  ts <- mapM (const getCPUTime) [1 .. 5 :: Int]
  print (and (zipWith (<=) ts (tail ts)))
