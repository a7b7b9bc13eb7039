import System.IO
import Control.Exception

t :: String -> IO () -> IO ()
t name a = do
  r <- try a
  case r of
    Left e -> putStrLn (name ++ ": " ++ show (e :: IOException))
    Right () -> putStrLn (name ++ ": ok")

main :: IO ()
main = do
  writeFile "lazy.txt" (unlines ["alpha", "beta", "gamma"])
  h <- openFile "lazy.txt" ReadMode
  s <- hGetContents h
  t "hIsOpen semi" (hIsOpen h >>= print)
  t "hIsClosed semi" (hIsClosed h >>= print)
  t "hIsReadable semi" (hIsReadable h >>= print)
  t "hIsWritable semi" (hIsWritable h >>= print)
  t "hIsSeekable semi" (hIsSeekable h >>= print)
  t "hGetBuffering semi" (hGetBuffering h >>= print)
  t "hFileSize semi" (hFileSize h >>= print)
  t "hGetLine semi" (hGetLine h >>= putStrLn)
  t "hGetChar semi" (hGetChar h >>= print)
  t "hGetContents semi" (hGetContents h >>= putStr)
  t "hIsEOF semi" (hIsEOF h >>= print)
  t "hClose semi" (hClose h)
  t "length after close" (print (length s))
  h2 <- openFile "lazy.txt" ReadMode
  s2 <- hGetContents h2
  putStrLn (take 3 s2)
  hClose h2
  t "after close" (print s2)
  h3 <- openFile "lazy.txt" ReadMode
  s3 <- hGetContents h3
  print (lines s3)
  hIsClosed h3 >>= print
  t "writeFile while reading" (do
    h4 <- openFile "lazy.txt" ReadMode
    writeFile "lazy.txt" "clobber"
    hClose h4)
  t "two writers" (do
    a <- openFile "w.txt" WriteMode
    b <- openFile "w.txt" AppendMode
    hClose b >> hClose a)
  t "two readers" (do
    a <- openFile "lazy.txt" ReadMode
    b <- openFile "lazy.txt" ReadMode
    hGetLine a >>= putStrLn
    hGetLine b >>= putStrLn
    hClose b >> hClose a)
  s5 <- readFile "lazy.txt"
  t "write after full read" (length s5 `seq` writeFile "lazy.txt" (map succ s5))
  readFile "lazy.txt" >>= putStr
