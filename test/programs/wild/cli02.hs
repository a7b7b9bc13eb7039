import System.Environment
import System.Exit
import System.IO
import Data.List (isPrefixOf)
import qualified Data.Map as M

usage :: IO a
usage = do
  hPutStrLn stderr "usage: cli02 (sum|max|grep PAT) < input"
  exitWith (ExitFailure 64)

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  args <- getArgs
  input <- getContents
  let nums = map read (filter (all (`elem` "-0123456789")) (words input)) :: [Integer]
  case args of
    ["sum"] -> print (sum nums)
    ["max"] -> print (maximum nums)
    ["grep", pat] -> mapM_ putStrLn (filter (pat `isPrefixOf`) (lines input))
    ("env" : _) -> withArgs ["x", "y"] (getArgs >>= print)
    _ -> usage
  n <- withProgName "renamed" getProgName
  putStrLn n
  hPutStrLn stderr "about to fail"
  hFlush stdout
  exitWith (ExitFailure 3)
