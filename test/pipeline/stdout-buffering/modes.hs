-- Buffer modes set by the program: no buffering, sized blocks (a hPutStr
-- that leaves at least that many characters writes them), line buffering
-- (written through the last newline), and a prompt read without a flush.
import System.IO

main :: IO ()
main = do
  putStr "name? "
  n <- getLine
  hPutStrLn stderr ("got " ++ n)
  hSetBuffering stdout NoBuffering
  putStr "x"
  hPutStrLn stderr "y"
  hSetBuffering stdout (BlockBuffering (Just 5))
  mapM_ (\k -> putStr (replicate k (toEnum (96 + k))) >> hPutStrLn stderr ("|" ++ show k)) [1, 2, 3, 4, 5, 6, 1, 1, 1, 1, 1, 1]
  hSetBuffering stdout (BlockBuffering (Just 20000))
  putStr (replicate 8000 'q') >> hPutStrLn stderr "|A"
  putStr (replicate 300 'r') >> hPutStrLn stderr "|B"
  hSetBuffering stdout LineBuffering
  putStr (replicate 5000 's') >> hPutStrLn stderr "|C"
  putStr (replicate 5000 't') >> hPutStrLn stderr "|D"
  putStr "u\nv" >> hPutStrLn stderr "|E"
  putChar 'w' >> hPutStrLn stderr "|F"
  hGetBuffering stdin >>= hPutStrLn stderr . show
