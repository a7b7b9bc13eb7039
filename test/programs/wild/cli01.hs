module Main (main) where

import System.Environment (getArgs, getProgName, lookupEnv)
import System.Exit
import System.Console.GetOpt
import System.IO
import Control.Monad (when, unless, forM_)

data Flag = Verbose | Count Int | Output String | Help deriving (Show, Eq)

options :: [OptDescr Flag]
options =
  [ Option ['v'] ["verbose"] (NoArg Verbose) "chatty output"
  , Option ['n'] ["count"] (ReqArg (Count . read) "N") "repeat N times"
  , Option ['o'] ["output"] (OptArg (Output . maybe "stdout" id) "FILE") "output FILE"
  , Option ['h', '?'] ["help"] (NoArg Help) "show help"
  ]

main :: IO ()
main = do
  args <- getArgs
  prog <- getProgName
  case getOpt Permute options args of
    (flags, rest, []) -> do
      when (Help `elem` flags) $ do
        putStr (usageInfo ("Usage: " ++ prog ++ " [OPTION...] files...") options)
        exitSuccess
      let n = last (1 : [k | Count k <- flags])
      forM_ [1 .. n] $ \i -> putStrLn (show i ++ ": " ++ unwords rest)
      when (Verbose `elem` flags) $ hPutStrLn stderr ("flags: " ++ show flags)
      home <- lookupEnv "HS2STG_SURELY_UNSET_VAR"
      print home
      unless (null rest) $ exitWith (ExitFailure (length rest))
    (_, _, errs) -> do
      hPutStr stderr (concat errs ++ usageInfo "bad usage" options)
      exitWith (ExitFailure 2)
