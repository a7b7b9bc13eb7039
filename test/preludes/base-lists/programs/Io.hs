-- Console IO: stdin through getLine and the lazy getContents, arguments,
-- the program name, stderr, flushing, and the exit code of exitWith.
import System.IO
import System.Environment
import System.Exit
import Control.Monad

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  args <- getArgs
  name <- getProgName
  putStrLn ("args: " ++ show args ++ " (" ++ show (length args) ++ ")")
  putStrLn ("name: " ++ name)
  first <- getLine
  putStrLn ("first line: " ++ reverse first)
  n <- readLn :: IO Int
  print (n * 2)
  rest <- getContents
  let ls = lines rest
  forM_ (zip [1 :: Int ..] ls) $ \(i, l) -> putStrLn (show i ++ "> " ++ l)
  putStr "no newline, "
  hFlush stdout
  hPutStrLn stderr "to stderr"
  hPutStr stdout "via hPutStr\n"
  putStrLn "λ unicode → ✓ ünïcödé"
  print "λ→"
  print 'λ'
  when (length ls > 2) $ exitWith (ExitFailure 3)
  putStrLn "not reached"
