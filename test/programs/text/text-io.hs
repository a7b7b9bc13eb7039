-- Data.Text.IO: files (writeFile/appendFile/readFile), handles, getLine
-- and interact-style processing of stdin.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import System.IO

main :: IO ()
main = do
  header <- TIO.getLine
  TIO.putStrLn (T.toUpper header)
  let path = "/tmp/hs2stg-text-io.tmp"
  TIO.writeFile path (T.pack "caf\x00E9\n\x1F600 line two\n")
  TIO.appendFile path (T.pack "appended\n")
  contents <- TIO.readFile path
  print (T.lines contents, T.length contents)
  h <- openFile path ReadMode
  l1 <- TIO.hGetLine h
  rest <- TIO.hGetContents h
  print (l1, rest)
  TIO.writeFile path T.empty
  TIO.hPutStrLn stderr (T.pack "to stderr")
  TIO.hPutStr stdout (T.pack "no newline, ")
  body <- TIO.getContents
  TIO.putStr (T.unlines (zipWith (\n l -> T.pack (show n ++ ": ") <> T.reverse l) [1 :: Int ..] (T.lines body)))
