import System.IO

data T = T Int [Maybe Bool] deriving Show

main :: IO ()
main = do
  h <- openFile "out.txt" WriteMode
  hPutStr h "no newline "
  hPutStrLn h "then newline"
  hPutChar h 'c'
  hPutChar h '\n'
  hPrint h (T 3 [Just True, Nothing])
  hPrint h (1.5 :: Double, 'x', "str", [LT, GT])
  hPrint h ()
  mapM_ (hPrint h) [Left 1, Right "r" :: Either Int String]
  hClose h
  readFile "out.txt" >>= putStr
  hPutStrLn stderr "to stderr"
  hPrint stderr (42 :: Integer)
  hPutStr stdout "to stdout\n"
  hPrint stdout (T (-1) [])
  hFlush stdout
  print =<< hGetBuffering stdout
