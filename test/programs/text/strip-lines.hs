-- strip, words and lines on text with mixed whitespace; unlines/unwords.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO

main :: IO ()
main = do
  let t = T.pack "  first line  \n\tsecond\tline\r\n\nlast\x2003word\xA0 end  "
  print (T.strip t, T.stripStart t, T.stripEnd t)
  print (T.lines t)
  print (T.words t)
  print (map T.strip (T.lines t))
  TIO.putStr (T.unlines (map (T.unwords . T.words) (T.lines t)))
  print (T.lines (T.pack "a\n\nb\n"), T.lines (T.pack "\n"), T.words (T.pack ""), T.lines T.empty)
  print (T.dropAround (== '-') (T.pack "--x-y--"), T.takeWhileEnd (/= '/') (T.pack "a/b/c.txt"), T.dropWhileEnd (== '!') (T.pack "hi!!!"))
  print (T.group (T.pack "aabbbc  d"), T.groupBy (\a b -> (a == ' ') == (b == ' ')) (T.pack "ab cd  e"))
