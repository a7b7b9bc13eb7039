import Text.Printf
import Numeric
import Data.Char (intToDigit)
data Stats = Stats { mean :: Double, var :: Double, med :: Double, mn :: Double, mx :: Double }
stats :: [Double] -> Stats
stats xs = Stats m v md (minimum xs) (maximum xs)
  where n = fromIntegral (length xs)
        m = sum xs / n
        v = sum [(x - m) ^ (2 :: Int) | x <- xs] / n
        sorted = qsort xs
        md = if even (length xs) then (sorted !! (h - 1) + sorted !! h) / 2 else sorted !! h where h = length xs `div` 2
qsort :: [Double] -> [Double]
qsort [] = []
qsort (p : xs) = qsort [x | x <- xs, x < p] ++ [p] ++ qsort [x | x <- xs, x >= p]
main :: IO ()
main = do
  xs <- map read . lines <$> getContents :: IO [Double]
  let s = stats xs
  printf "n=%d mean=%.4f var=%.4f sd=%.4f\n" (length xs) (mean s) (var s) (sqrt (var s))
  printf "median=%6.2f min=%-8.3f| max=%08.3f\n" (med s) (mn s) (mx s)
  printf "%s %s %s\n" (show (mean s)) (showFFloat (Just 1) (var s) "") (showEFloat Nothing (mx s) "")
  mapM_ (\x -> printf "%7.2f %5.1f%% %s\n" x (100 * x / sum xs) (replicate (round (x / 2)) '#')) xs
  printf "%5s|%-5s|%c|%%|%x|%o|%e|%g|%G\n" "ab" "cd" 'z' (255 :: Int) (8 :: Int) (1234.5 :: Double) (0.0001 :: Double) (1e10 :: Double)
  let hist = [(lo, length [x | x <- xs, x >= lo, x < lo + 10]) | lo <- [0, 10 .. 50 :: Double]]
  mapM_ (uncurry (printf "[%4.0f,+10): %d\n")) hist
  putStrLn (showFFloat (Just 0) (2.5 :: Double) "" ++ " " ++ showFFloat (Just 0) (3.5 :: Double) "" ++ " " ++ showGFloat (Just 3) (1234567.0 :: Double) "" ++ " " ++ showIntAtBase 2 intToDigit (37 :: Int) "")
  printf "%.2f %.2f %.2f %.2f\n" (0.125 :: Double) (0.135 :: Double) (2.675 :: Double) (1.005 :: Double)
  printf "%d %d %i\n" (123456789012345678901234567890 :: Integer) (-5 :: Int) (7 :: Int)
  printf "%10.3e|%-10.2e|%+.1f\n" (123.456 :: Double) (0.000123 :: Double) (2.25 :: Double)
  let r = printf "%d-%s" (1 :: Int) "x" :: String in putStrLn r
  hist `seq` printf "%s\n" (show (fromIntegral (round (mean s * 100)) / 100 :: Double))
  print (floatToDigits 10 (0.3 :: Double), fromRat (1 / 3 :: Rational) :: Double, readFloat "2.5e1x" :: [(Double, String)], readSigned readDec "-12 r" :: [(Int, String)])
