-- Writing to stderr and flushing stdout; only stdout is compared.
import System.IO

main :: IO ()
main = do
  putStr "prompt> "
  hFlush stdout
  hPutStrLn stderr "this line goes to stderr"
  putStrLn "answer on stdout"
  hPutStr stdout "via hPutStr\n"
  hPutStrLn stderr "done"
