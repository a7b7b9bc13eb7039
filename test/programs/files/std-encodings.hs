import System.IO

main :: IO ()
main = do
  hGetEncoding stdout >>= print
  hGetEncoding stdin >>= print
  hGetEncoding stderr >>= print
  putStrLn "caf\233 utf8"
  hFlush stdout
  hSetEncoding stdout latin1
  hGetEncoding stdout >>= print
  putStrLn "caf\233 latin1"
  hFlush stdout
  hSetEncoding stdout char8
  putStrLn "\955 char8"
  hFlush stdout
  hSetBinaryMode stdout True
  hGetEncoding stdout >>= print
  putStr "\200\201\n"
  hFlush stdout
  hSetBinaryMode stdout False
  hSetEncoding stdout utf16le
  putStr "hi\n"
  hFlush stdout
  hSetEncoding stdout utf8
  hSetNewlineMode stdout (NewlineMode LF CRLF)
  putStrLn "crlf line"
  hSetNewlineMode stdout noNewlineTranslation
  hSetEncoding stderr latin1
  hPutStrLn stderr "err \233"
  hSetEncoding stdin latin1
  s <- getLine
  print s
  hSetEncoding stdout latin1
  putStrLn "last \955"
