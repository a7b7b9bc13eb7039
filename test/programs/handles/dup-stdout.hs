-- hDuplicate and hDuplicateTo: stdout redirected to a file and back (the
-- capture idiom), stderr into a file, stdout's duplicate written
-- directly, raw writes to fd 1 while redirected, and the errors of a
-- closed Handle.
import Control.Exception
import Foreign.C.String (withCAStringLen)
import Foreign.Ptr (castPtr)
import GHC.IO.Handle (hDuplicate, hDuplicateTo)
import System.IO
import System.Posix.Internals (c_write)

raw :: String -> IO ()
raw s = withCAStringLen s $ \(p, n) -> do
  _ <- c_write 1 (castPtr p) (fromIntegral n)
  return ()

main :: IO ()
main = do
  putStrLn "before the redirect"
  saved <- hDuplicate stdout
  print (saved == stdout, show saved)
  h <- openFile "captured.txt" WriteMode
  hDuplicateTo h stdout
  putStrLn "into the file"
  raw "raw write to fd 1\n"
  mapM_ print [1 .. 5 :: Int]
  hPutStrLn h "through h itself"
  hClose h
  putStrLn "still into the file after hClose h"
  hFlush stdout
  hDuplicateTo saved stdout
  hPutStrLn saved "through the duplicate"
  hClose saved
  putStrLn "back on stdout"
  readFile "captured.txt" >>= putStr
  -- stderr into a file (appending), then stdout onto stderr's file too
  e <- openFile "errors.txt" AppendMode
  olderr <- hDuplicate stderr
  hDuplicateTo e stderr
  hPutStrLn stderr "an error line"
  hClose e
  hPutStrLn stderr "another"
  hDuplicateTo olderr stderr
  hClose olderr
  hPutStrLn stderr "stderr is back"
  readFile "errors.txt" >>= putStr
  -- a closed Handle
  c <- openFile "closed.txt" WriteMode
  hClose c
  r <- try (hDuplicateTo c stdout)
  print (r :: Either IOException ())
  r2 <- try (hDuplicate c)
  putStrLn (either (\ex -> show (ex :: IOException)) (const "duplicated") r2)
  putStrLn "done"
