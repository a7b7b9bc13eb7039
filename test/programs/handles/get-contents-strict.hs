-- hGetContents' and getContents': the whole contents at once (newline
-- mode applied), the handle closed after, and the errors naming
-- hGetContents' (closed, semi-closed, write-only, stdout).

import Control.Exception
import System.IO

try' :: Show a => IO a -> IO ()
try' act = do
  r <- try act
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: IOException))
    Right v -> print v

main :: IO ()
main = do
  writeFile "g.txt" "abc\r\ndef\n"
  h <- openFile "g.txt" ReadMode
  s <- hGetContents' h
  print s
  try' (hGetLine h)
  h2 <- openFile "g.txt" ReadMode
  hSetNewlineMode h2 universalNewlineMode
  hGetContents' h2 >>= print
  try' (hGetContents' h2)
  h3 <- openFile "g.txt" ReadMode
  _ <- hGetContents h3
  try' (hGetContents' h3)
  hClose h3
  w <- openFile "w.txt" WriteMode
  try' (hGetContents' w)
  hClose w
  try' (hGetContents' stdout)
  s3 <- getContents'
  print s3
  try' (hGetContents' stdin)
  try' getContents'
