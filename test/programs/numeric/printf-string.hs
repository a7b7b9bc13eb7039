import Text.Printf
import System.IO

main :: IO ()
main = do
  printf "%s|%10s|%-10s|%.2s|%5.1s|\n" "hello" "right" "left" "truncate" "xyz"
  printf "%v %v\n" "str" 'c'
  let s = printf "%d-%s-%c" (1 :: Int) "two" '3' :: String
  putStrLn s
  putStrLn (printf "%5.2f" (3.14159 :: Double))
  let t = printf "no args" :: String
  putStrLn t
  hPrintf stdout "to stdout %d\n" (5 :: Int)
  hPrintf stderr "to stderr %s %d\n" "err" (6 :: Int)
  hFlush stdout
  printf "%s\n" (show [1, 2, 3 :: Int])
  printf "%-3s|%3s|\n" "" ""
  printf "literal only\n"
  printf "%c%s%c\n" '<' "mid" '>'
  let n = length (printf "%d%d" (12 :: Int) (345 :: Int) :: String)
  print n
  printf "%s %s %s %s\n" "a" "b" "c" "d"
  printf "%10.3s|\n" "abcdef"
  printf "%-10c|\n" 'z'
