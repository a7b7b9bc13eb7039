-- GHC.ResponseFile: unescapeArgs (white space, backslashes, both quotes,
-- unclosed quotes, empty arguments), escapeArgs and the round trip,
-- expandResponse on files of our own (their @ arguments are not expanded
-- again; a missing file ends the program), and getArgsWithResponseFiles.
import Control.Monad (forM_)
import GHC.ResponseFile
import System.Directory (createDirectoryIfMissing, removeDirectoryRecursive, removeFile)

samples :: [String]
samples =
  [ "a b  c", " lead", "trail ", "'single quoted' x", "\"double \\\"q\\\" d\" y", "back\\ slash", "a\\\\b",
    "mix'ed q'uote", "nl\nsep\ttab", "'unterminated", "\"unterm", "e\\", "a\"b'c\"d'e", "\\'x", "''", "\"\"",
    "a '' b", "\\n\\t", "'a\\b'", "\"a\\b\"", "'a\"b'", "x\ry", "x\vy\fz", "a\160b", "'a b'c d", "\\\\", "\"'\"", "a\\\nb", ""
  ]

main :: IO ()
main = do
  forM_ samples (print . unescapeArgs)
  let argLists = [["a b", "c"], ["quo'te", "dq\"x", "back\\sl", "tab\tx", "nl\nx"], [], [""], ["@f"], ["\r\v\f", "a\160b"], ["!#$%&*?[]{}()<>|;`~"]]
  forM_ argLists (print . escapeArgs)
  print (map (\xs -> unescapeArgs (escapeArgs xs) == xs) argLists)
  let dir = "responsefile-test-dir"
  createDirectoryIfMissing True dir
  writeFile (dir ++ "/outer.rsp") ("-v 'two words'\n@" ++ dir ++ "/inner.rsp last\n")
  writeFile (dir ++ "/inner.rsp") (escapeArgs ["in ner", "q\"uote", "@" ++ dir ++ "/missing.rsp"])
  writeFile (dir ++ "/empty.rsp") ""
  expandResponse ["first", "@" ++ dir ++ "/outer.rsp", "@" ++ dir ++ "/empty.rsp", "plain@at", "@" ++ dir ++ "/inner.rsp"] >>= print
  expandResponse [] >>= print
  writeFile "responsefile-args.rsp" "from 'the file'\n"
  getArgsWithResponseFiles >>= print
  removeDirectoryRecursive dir
  removeFile "responsefile-args.rsp"
  -- a file that cannot be read ends the program (exit code 1)
  _ <- expandResponse ["ok", "@" ++ dir ++ "/missing.rsp"]
  putStrLn "not reached"
