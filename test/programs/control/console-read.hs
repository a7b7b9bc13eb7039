-- getLine, readLn, readIO, isEOF, hIsEOF, getChar, then getContents.
import System.IO
import Control.Exception
import System.IO.Error

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  l <- getLine
  putStrLn ("line: " ++ show l)
  n <- readLn :: IO Int
  print (n * 2)
  xs <- readLn :: IO [Int]
  print (sum xs)
  r <- try (readLn :: IO Int)
  case r of
    Left e -> putStrLn ("readLn failed: " ++ show (e :: IOException) ++ " " ++ show (isUserError e))
    Right v -> print v
  v <- readIO "  42  " :: IO Int
  print v
  r2 <- try (readIO "1 2" :: IO Int)
  print (r2 :: Either IOException Int)
  e1 <- isEOF
  print e1
  c1 <- getChar
  c2 <- getChar
  print [c1, c2]
  e2 <- hIsEOF stdin
  print e2
  hSetBuffering stdout LineBuffering
  rest <- getContents
  putStr (map succ' rest)
  hFlush stdout
  e3 <- isEOF
  print e3
  hPutStrLn stderr "to stderr"
  hPutStr stderr "no newline"
  hPutStrLn stderr ""
  where succ' c = if c == '\n' then c else succ c
