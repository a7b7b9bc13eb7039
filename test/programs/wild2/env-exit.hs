-- System.Environment and System.Exit: getProgName, getArgs, lookupEnv,
-- stderr messages and a nonzero exit code.
module Main (main) where

import System.Environment
import System.Exit
import System.IO
import Control.Monad (when)
import Data.Maybe (fromMaybe)

usage :: String -> String
usage p = "usage: " ++ p ++ " [-v] N..."

main :: IO ()
main = do
  prog <- getProgName
  args <- getArgs
  home <- lookupEnv "HS2STG_SURELY_UNSET_VARIABLE"
  putStrLn ("prog=" ++ prog ++ " args=" ++ show args)
  putStrLn ("unset var: " ++ fromMaybe "<none>" home)
  r <- withArgs ["a", "b"] getArgs
  print r
  let (flags, rest) = span ((== '-') . head) args
      verbose = "-v" `elem` flags
  when verbose $ hPutStrLn stderr "verbose mode"
  let nums = map read rest :: [Int]
  print (sum nums)
  hFlush stdout
  when (sum nums > 10) $ do
    hPutStrLn stderr (usage prog ++ ": total too large")
    exitWith (ExitFailure 3)
  putStrLn "not reached"
