import System.IO
import Control.Exception

main :: IO ()
main = do
  r <- try (withFile "wf.txt" WriteMode $ \h -> do
    hPutStr h "written before the error\n"
    _ <- evaluate (1 `div` (0 :: Int))
    hPutStr h "never")
  print (r :: Either ArithException ())
  readFile "wf.txt" >>= putStr
  hRef <- withFile "wf.txt" ReadMode $ \h -> do
    l <- hGetLine h
    putStrLn l
    return h
  hIsClosed hRef >>= print
  r2 <- try (withFile "wf.txt" AppendMode $ \h -> hPutStrLn h "appended" >> throwIO (ErrorCall "stop"))
  print (r2 :: Either ErrorCall ())
  readFile "wf.txt" >>= putStr
  r3 <- try (withFile "wf.txt" ReadMode $ \h -> hGetContents h)
  case r3 of
    Left e -> print (e :: IOException)
    Right s -> print s
  n <- withFile "wf.txt" ReadMode $ \h -> do
    s <- hGetContents h
    return $! length s
  print n
  r4 <- try (bracket (openFile "wf.txt" ReadMode) hClose (\h -> hPutStr h "x"))
  print (r4 :: Either IOException ())
  r5 <- try (withFile "wf.txt" ReadMode $ \_ -> error "pure error inside")
  print (either (\(ErrorCall m) -> m) (const "") (r5 :: Either ErrorCall ()))
  h <- openFile "wf.txt" AppendMode
  hPutStr h "left open at exit\n"
  putStrLn "done"
