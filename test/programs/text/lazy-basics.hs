-- Data.Text.Lazy: chunks, conversions to and from strict text, splitting,
-- replacing, Show/Read, OverloadedStrings and the Int64 counts.
{-# LANGUAGE OverloadedStrings #-}
import qualified Data.Text as T
import qualified Data.Text.Lazy as L
import Data.Text.Lazy (Text)

main :: IO ()
main = do
  let t = L.fromChunks ["hello ", "", "w\x00F6rld", ", \x1F600!"] :: Text
  print (t, L.toChunks t, L.length t, L.toStrict t == T.pack "hello w\x00F6rld, \x1F600!")
  print (L.splitOn ", " t, L.replace "l" "L" t, L.breakOn "w" t, L.breakOnEnd "o" t, L.count "l" t)
  print (L.toUpper t, L.toTitle "the lazy fox", L.toCaseFold "STRASSE Straße")
  print (L.words "  a  lazy\ttext\n", L.lines "one\ntwo\n\nthree", L.unwords ["x", "y"], L.unlines ["p", "q"])
  print (L.splitAt 3 t, L.take 4 t, L.drop 10 t, L.takeEnd 2 t, L.dropEnd 2 t, L.chunksOf 4 t)
  print (L.center 20 '=' t, L.justifyLeft 15 '.' "left", L.justifyRight 15 '.' "right")
  print (read (show t) == t, show (L.pack "q\"uote"), compare t "hello", t <> "!" <> mempty)
  print (L.stripPrefix "hello " t, L.stripSuffix "!" t, L.commonPrefixes "foobar" "fooquux", L.commonPrefixes "a" "b")
  print (L.foldr (:) [] "abc", L.foldl' (\n c -> n + fromEnum c) 0 t, L.any (== '\x1F600') t, L.zip "ab" "xyz")
  print (L.fromStrict (T.pack "strict"), L.fromChunks [], L.null L.empty, L.singleton 'x', L.cons 'a' "b", L.snoc "a" 'b')
  print (L.uncons t, L.unsnoc t, L.head t, L.last t, L.init "abc", L.tail "abc", L.index t 7, L.reverse t)
  print (L.group "aabccc", L.inits "ab", L.tails "ab", L.split (== ',') "a,b,,c", L.filter (/= 'l') t, L.map succ "HAL")
  print (L.replicate 3 "ab", L.intercalate ", " ["a", "b"], L.intersperse '-' "abc", L.transpose ["abc", "de"])
  print (L.strip "  x  ", L.dropAround (== '*') "**x**", L.takeWhile (/= ' ') t, L.dropWhileEnd (== '!') t, L.span (/= 'w') t)
