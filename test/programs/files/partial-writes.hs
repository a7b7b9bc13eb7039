import System.IO
import Control.Exception

main :: IO ()
main = do
  r <- try (writeFile "p1.txt" ("abc\ndef" ++ error "boom"))
  print (either (\(ErrorCall m) -> m) (const "none") r)
  readFile "p1.txt" >>= print
  r2 <- try (writeFile "p2.txt" (replicate 3000 'x' ++ error "late"))
  print (either (\(ErrorCall m) -> m) (const "none") r2)
  readFile "p2.txt" >>= print . length
  h <- openFile "p3.txt" WriteMode
  hSetBuffering h NoBuffering
  r3 <- try (hPutStr h ("unbuffered" ++ error "mid"))
  print (either (\(ErrorCall m) -> m) (const "none") r3)
  hClose h
  readFile "p3.txt" >>= print
  h4 <- openFile "p4.txt" WriteMode
  hSetBuffering h4 LineBuffering
  r4 <- try (hPutStr h4 ("line one\nline two" ++ error "mid2"))
  print (either (\(ErrorCall m) -> m) (const "none") r4)
  hClose h4
  readFile "p4.txt" >>= print
  r5 <- try (putStr ("to stdout" ++ error "stdout error"))
  print (either (\(ErrorCall m) -> m) (const "none") r5)
  putStrLn "end"
