-- A child writes to the program's stdout past GHC's buffer: what the
-- program printed and did not flush comes after the child's output.
import System.IO
import System.Process

main :: IO ()
main = do
  putStrLn "before (buffered)"
  callCommand "echo child 1"
  hFlush stdout
  putStrLn "after flush"
  hFlush stdout
  callProcess "echo" ["child 2"]
  putStrLn "buffered again"
  hPutStrLn stderr "our stderr"
  callCommand "echo child stderr >&2"
  ph <- spawnProcess "echo" ["spawned"]
  putStrLn "after spawn"
  ec <- waitForProcess ph
  print ec
  hSetBuffering stdout NoBuffering
  putStr "unbuffered "
  _ <- system "echo system"
  hSetBuffering stdout LineBuffering
  putStrLn "line buffered"
  _ <- rawSystem "echo" ["raw", "system"]
  putStr "no newline yet "
  _ <- rawSystem "sh" ["-c", "echo sh; echo sh-err 1>&2"]
  hSetBuffering stdout (BlockBuffering Nothing)
  mapM_ (\i -> putStrLn (replicate 100 (toEnum (48 + i `mod` 10)))) [1 .. 100 :: Int]
  callCommand "echo after many lines"
  putStrLn "end"
