-- Clean-room GHC.ResponseFile (base-4.15.1), written from its
-- documentation and the behaviour of GHC-compiled programs: a response file
-- holds arguments separated by white space (isSpace), where a backslash
-- takes the next character literally (everywhere; a trailing one is
-- dropped), single or double quotes group characters (each kind literal
-- inside the other; an unclosed quote ends with the text) and empty
-- arguments are dropped; escapeArgs writes each argument on its own line
-- with a backslash before white space, quotes and backslashes. `@file`
-- arguments are replaced by the file's arguments (not expanded again); a
-- file that cannot be read ends the program: GHC's message on stderr, exit
-- code 1. Compiled into
-- preludes/base/GHC.ResponseFile.stg by scripts/gen-library-preludes.mjs.
module GHC.ResponseFile
  ( getArgsWithResponseFiles,
    unescapeArgs,
    escapeArgs,
    expandResponse,
    -- internals -O1 code calls (escapeArgs' and expandResponse's
    -- unfoldings): one argument escaped, escaped onto a rest, each
    -- argument's expansion, their concatenation
    zz_escapeArg,
    zz_escapeArgszugo1,
    zz_expandResponse2,
    zz_expandResponsezugo1,
  )
where

import Control.Exception (IOException, try)
import Data.Char (isSpace)
import System.Environment (getArgs)
import System.Exit (exitFailure)
import System.IO (hPutStrLn, stderr)

getArgsWithResponseFiles :: IO [String]
getArgsWithResponseFiles = getArgs >>= expandResponse

expandResponse :: [String] -> IO [String]
expandResponse args = fmap zz_expandResponsezugo1 (zz_expandResponse2 args)

zz_expandResponsezugo1 :: [[String]] -> [String]
zz_expandResponsezugo1 = concat

zz_expandResponse2 :: [String] -> IO [[String]]
zz_expandResponse2 = mapM expand
  where
    expand ('@' : file) = do
      r <- try (readFile file)
      case r of
        Left e -> do
          hPutStrLn stderr ("Error while expanding response file: " ++ show (e :: IOException))
          exitFailure
        Right text -> return (unescapeArgs text)
    expand arg = return [arg]

escapeArgs :: [String] -> String
escapeArgs = concatMap (\a -> zz_escapeArg a ++ "\n")

zz_escapeArg :: String -> String
zz_escapeArg a = zz_escapeArgszugo1 a ""

zz_escapeArgszugo1 :: String -> String -> String
zz_escapeArgszugo1 a rest = concatMap escape a ++ rest
  where
    escape c
      | isSpace c || c `elem` "\\'\"" = ['\\', c]
      | otherwise = [c]

-- The arguments in reverse as they are completed; `cur` is the current
-- argument reversed, `quote` the open quote character if any.
unescapeArgs :: String -> [String]
unescapeArgs = go [] "" Nothing
  where
    go done cur _ [] = reverse (finish done cur)
    go done cur q ('\\' : c : rest) = go done (c : cur) q rest
    go done cur _ ['\\'] = reverse (finish done cur)
    go done cur (Just q) (c : rest)
      | c == q = go done cur Nothing rest
      | otherwise = go done (c : cur) (Just q) rest
    go done cur Nothing (c : rest)
      | isSpace c = go (finish done cur) "" Nothing rest
      | c == '\'' || c == '"' = go done cur (Just c) rest
      | otherwise = go done (c : cur) Nothing rest
    finish done "" = done
    finish done cur = reverse cur : done
