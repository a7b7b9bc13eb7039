-- stdout and stderr on one pipe: GHC block-buffers stdout (8 KiB) when it is
-- not a terminal, so stderr's lines come out first; hFlush and the end of
-- the program write stdout's buffer out.
import System.IO

main :: IO ()
main = do
  putStrLn "out1"
  hPutStrLn stderr "err1"
  putStr "out2"
  hFlush stdout
  hPutStrLn stderr "err2"
  hGetBuffering stdout >>= hPutStrLn stderr . show
  mapM_ (\i -> putStrLn (replicate 9 'x') >> hPutStrLn stderr ("E" ++ show i)) [1 .. 1700 :: Int]
  putStr (replicate 20000 'y')
  hPutStrLn stderr "F"
  putStrLn "z"
