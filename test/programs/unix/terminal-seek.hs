-- Positions on a pseudo-terminal's Handle: a terminal is a stream, so
-- hTell/hSeek/hGetPosn raise GHC's IOErrors (not seekable), hFileSize says
-- it is not a regular file, hSetFileSize fails as ftruncate does.
import Control.Exception
import System.IO
import System.Posix.IO (fdToHandle)
import System.Posix.Terminal

attempt :: Show a => String -> IO a -> IO ()
attempt what act = do
  r <- try act
  case r of
    Left e -> putStrLn (what ++ ": " ++ show (e :: IOException))
    Right v -> putStrLn (what ++ " = " ++ show v)

main :: IO ()
main = do
  (_, s) <- openPseudoTerminal
  h <- fdToHandle s
  attempt "hIsSeekable" (hIsSeekable h)
  attempt "hTell" (hTell h)
  attempt "hSeek" (hSeek h AbsoluteSeek 0)
  attempt "hSeek end" (hSeek h SeekFromEnd 0)
  attempt "hGetPosn" (hGetPosn h >> return ())
  attempt "hFileSize" (hFileSize h)
  attempt "hSetFileSize" (hSetFileSize h 0)
  hClose h
  attempt "hTell closed" (hTell h)
