-- The program ends with stdout still redirected to a file: GHC's exit
-- flushes stdout's buffer into the file; stderr's lines to a file too.
import GHC.IO.Handle (hDuplicate, hDuplicateTo)
import System.IO

main :: IO ()
main = do
  putStrLn "on the real stdout"
  h <- openFile "out.txt" WriteMode
  hDuplicateTo h stdout
  hClose h
  putStrLn "left in the buffer at exit"
  hPutStrLn stderr "stderr still on its stream"
