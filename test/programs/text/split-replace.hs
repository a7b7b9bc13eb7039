-- splitOn, replace, breakOn and friends on code-unit slices.
{-# LANGUAGE OverloadedStrings #-}
import qualified Data.Text as T
import Data.Text (Text)

csv :: Text
csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow\n,,\nGrace,85,Arlington"

main :: IO ()
main = do
  let rows = map (T.splitOn ",") (T.lines csv)
  mapM_ print rows
  print (T.splitOn "ab" "cabbabd", T.splitOn "aa" "aaa", T.splitOn "x" "", T.splitOn "𝒜" "a𝒜b𝒜")
  print (T.replace "aa" "b" "aaaaa", T.replace "ß" "ss" "Straße Maß", T.replace "o" "" "foo boo")
  print (T.breakOn "::" "a::b::c", T.breakOn "/" "no slash", T.breakOnEnd "::" "a::b::c")
  print (T.breakOnAll "/" "a/b/c", T.count "an" "banana ananas", T.count "aa" "aaaa")
  print (T.split (== ',') "a,b,,c,", T.split (== 'x') "", T.chunksOf 3 "abcdefgh", T.chunksOf 2 "😀😀😀")
  print (T.stripPrefix "foo" "foobar", T.stripSuffix "bar" "foobar", T.stripPrefix "x" "foobar")
  print (T.commonPrefixes "foobar" "fooquux", T.commonPrefixes "a" "b", T.isInfixOf "oba" "foobar")
  let template = "Dear {name}, your order {id} ships {when}." :: Text
      fill = foldr (\(k, v) acc -> T.replace (T.concat ["{", k, "}"]) v acc) template
  print (fill [("name", "Ada"), ("id", "#42"), ("when", "today")])
  print (T.intercalate "-" (T.splitOn " " "split me on spaces  twice"))
