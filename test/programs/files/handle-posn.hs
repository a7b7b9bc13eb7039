import System.IO

main :: IO ()
main = do
  writeFile "posn.txt" "0123456789\nabcdef\n"
  h <- openFile "posn.txt" ReadMode
  p0 <- hGetPosn h
  _ <- hGetLine h
  p1 <- hGetPosn h
  print (p0, p1, p0 == p1, p0 == p0)
  c <- hGetChar h
  hSetPosn p0
  c0 <- hGetChar h
  hSetPosn p1
  c1 <- hGetChar h
  print (c, c0, c1)
  hClose h
  print stdout
  print stderr
  print stdin
