import Text.Printf
import System.IO

report :: String -> Int -> Double -> IO ()
report name n x = printf "%-10s %4d %8.3f\n" name n x

main :: IO ()
main = do
  mapM_ (\(s, n, x) -> report s n x) [("alpha", 1, 1.5), ("beta", 22, -3.25), ("gamma", 333, 1.0e-3)]
  hPrintf stderr "warning: %s (%d)\n" "careful" (3 :: Int)
  hPrintf stdout "%s|%c|%5.1f\n" "out" 'k' (9.99 :: Double)
  let table = [printf "%3d^2 = %5d" i (i * i) | i <- [1 .. 5 :: Int]] :: [String]
  mapM_ putStrLn table
  s <- return (printf "%08.3f" (-3.14159 :: Double) :: String)
  putStrLn s
  hPrintf stderr "%d%%\n" (50 :: Int)
  hFlush stdout
  printf "%s\n" (printf "nested %d" (1 :: Int) :: String)
  hPrintf stdout "%d %d\n" (1 :: Int)
