-- Show and Read of Text: shown as the String it holds, inside other types.
import qualified Data.Text as T
import Data.Text (Text)

data Person = Person { name :: Text, tags :: [Text] } deriving (Show, Read, Eq, Ord)

main :: IO ()
main = do
  let ts = map T.pack ["plain", "quote\"d", "tab\there", "ünï", "\x1F600", "\1234\&5", ""]
  mapM_ print ts
  print ts
  print (Just (T.pack "x"), Left (T.pack "err") :: Either Text Int)
  let p = Person (T.pack "Ada") (map T.pack ["math", "engines"])
  print p
  print (read (show p) == p)
  print (read "\"r\\233sum\\233\"" :: Text)
  print (read "[\"a\",\"b\"]" :: [Text])
  print (reads "  \"x\" rest" :: [(Text, String)])
  print (showsPrec 11 (T.pack "p") "")
  print (compare (T.pack "abc") (T.pack "abd"), T.pack "\xFFFF" < T.pack "\x10000", maximum ts)
