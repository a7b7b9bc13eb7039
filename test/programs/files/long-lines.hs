import System.IO

main :: IO ()
main = do
  let long = concatMap show [1 .. 3000 :: Int]
  writeFile "long.txt" (unlines [long, "short", reverse long, ""])
  h <- openFile "long.txt" ReadMode
  a <- hGetLine h
  b <- hGetLine h
  print (length a, a == long, b)
  rest <- hGetContents h
  print (map length (lines rest), take 10 rest)
  hClose h
  h2 <- openFile "long.txt" ReadMode
  c <- hGetChar h2
  l <- hGetLine h2
  s <- hGetContents h2
  print (c, length l, length s, length (lines s))
  hClose h2
  withFile "long.txt" ReadMode $ \h3 -> do
    hSeek h3 SeekFromEnd (-8)
    t <- hGetContents h3
    print (length t, t)
  contents <- readFile "long.txt"
  print (sum (map length (lines contents)))
