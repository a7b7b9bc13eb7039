import System.IO
import System.IO.Error
import System.Directory

main :: IO ()
main = do
  writeFile "rw.txt" ""
  s0 <- readFile "rw.txt"
  print (s0, length s0)
  writeFile "rw.txt" "first\n"
  appendFile "rw.txt" "second\n"
  appendFile "rw.txt" "caf\233 \8364 \128512\n"
  appendFile "new-by-append.txt" "created by appendFile\n"
  s <- readFile "rw.txt"
  putStr s
  print (length s, map length (lines s))
  readFile "new-by-append.txt" >>= putStr
  writeFile "rw.txt" (unlines (map show [1 .. 20 :: Int]))
  s2 <- readFile "rw.txt"
  print (sum (map read (lines s2) :: [Int]))
  r <- tryIOError (readFile "missing.txt")
  print (either (Just . show) (const Nothing) r)
  createDirectory "adir"
  r2 <- tryIOError (readFile "adir" >>= putStr)
  print r2
  r3 <- tryIOError (writeFile "adir" "x")
  print r3
  r4 <- tryIOError (appendFile "nodir/x.txt" "x")
  print r4
  writeFile "big.txt" (concat (replicate 500 "0123456789abcdef\n"))
  b <- readFile "big.txt"
  print (length b, length (lines b), take 20 (drop 5000 b))
