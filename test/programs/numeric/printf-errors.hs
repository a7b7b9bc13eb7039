import Text.Printf
import Control.Exception

try1 :: String -> IO ()
try1 s = do
  r <- try (evaluate (length s))
  case r of
    Left (ErrorCall m) -> putStrLn ("error: " ++ m)
    Right n -> putStrLn ("ok " ++ show n ++ ": " ++ s)

main :: IO ()
main = do
  try1 (printf "%d %d" (1 :: Int))
  try1 (printf "%d" (1 :: Int) (2 :: Int))
  try1 (printf "%d" "str")
  try1 (printf "%s" (1 :: Int))
  try1 (printf "%d" (1.5 :: Double))
  try1 (printf "%f" (1 :: Int))
  try1 (printf "abc%" (1 :: Int))
  try1 (printf "%zd" (1 :: Int))
  try1 (printf "%.2c" 'x')
  try1 (printf "%5")
  try1 (printf "%")
  try1 (printf "%-")
  try1 (printf "%s" 'c')
  try1 (printf "%c" "s")
  try1 (printf "%y" (3 :: Integer))
  try1 (printf "%*d" (1 :: Int))
  try1 (printf "%*d" "x" (1 :: Int))
  try1 (printf "%hhs" "abc")
  try1 (printf "%ld" (5 :: Integer))
  try1 (printf "%lc" 'x')
  printf "%d and %d\n" (1 :: Int)
