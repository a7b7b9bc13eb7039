import System.IO
import System.IO.Error

main :: IO ()
main = do
  writeFile "s.txt" "strict\ncontents\n"
  s <- readFile' "s.txt"
  writeFile "s.txt" (map succ s)
  readFile' "s.txt" >>= putStr
  h <- openFile "s.txt" ReadMode
  c <- hGetContents' h
  hIsClosed h >>= print
  print (length c)
  r <- tryIOError (hGetLine h)
  print r
  r2 <- tryIOError (readFile' "nope.txt")
  print r2
  l <- getLine
  rest <- getContents'
  print (l, lines rest)
  hIsClosed stdin >>= print
