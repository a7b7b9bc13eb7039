-- OverloadedStrings: Text literals, Semigroup/Monoid, IsList, Eq/Ord and
-- a Text-keyed lookup table.
{-# LANGUAGE OverloadedStrings, OverloadedLists #-}
import Data.Text (Text)
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import GHC.Exts (IsList (..))
import Data.List (sort)

greet :: Text -> Text
greet who = "Hello, " <> who <> "!"

table :: [(Text, Int)]
table = [("one", 1), ("two", 2), ("drei", 3), ("四", 4)]

main :: IO ()
main = do
  TIO.putStrLn (greet "wörld")
  TIO.putStrLn (mconcat ["a", "b", "c"] <> mempty)
  print (lookup "drei" table, lookup "四" table, lookup "five" table)
  let l = ['x', 'y', 'z'] :: Text
  print (l, toList l, fromList "abc" :: Text)
  print (sort ["pear", "Apple", "apple", "Äpfel", "😀", "zebra" :: Text])
  print ("abc" == T.pack "abc", "abc" < ("abd" :: Text), max "a" ("b" :: Text))
  print (T.words "  many   spaces\there\n ", T.unwords ["x", "y"], sconcatLike ["p", "q"])
  where
    sconcatLike :: [Text] -> Text
    sconcatLike = foldr1 (<>)
