{-# LANGUAGE OverloadedStrings #-}
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import qualified Data.Text.Encoding as TE
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import qualified Data.Map.Strict as M
import Data.Char (isAlpha)

main :: IO ()
main = do
  inp <- TIO.getContents
  let ls = T.lines inp
      ws = concatMap (T.words . T.toLower . T.filter (\c -> isAlpha c || c == ' ')) ls
      freq = M.fromListWith (+) [(w, 1 :: Int) | w <- ws]
  mapM_ (\(w, n) -> TIO.putStrLn (T.justifyLeft 10 '.' w <> T.pack (show n))) (M.toList freq)
  TIO.putStrLn (T.intercalate ", " (map T.strip (T.splitOn "," "  a , b,c  ,d ")))
  print (T.length inp, T.count "the" (T.toLower inp))
  print (T.breakOn "::" "key::value", T.replace "o" "0" "foo boo")
  print (T.unpack (T.reverse "hello"), T.center 11 '*' "mid", T.chunksOf 3 "abcdefgh")
  print (T.isPrefixOf "ab" "abc", T.stripPrefix "foo" "foobar", T.stripSuffix "bar" "foobar")
  let bs = TE.encodeUtf8 "héllo wörld"
  print (B.length bs, B.unpack (B.take 3 bs))
  print (TE.decodeUtf8 bs)
  BC.putStrLn (BC.map succ "HAL")
  print (BC.words "  split  these words ", BC.readInt "123abc", BC.lines "a\nb\n")
  print (T.zip "abc" "xy", T.toTitle "hello world", T.words "  multiple   spaces ")
  print (read (T.unpack "42") + 1 :: Int, T.splitAt 2 "hello", T.dropWhileEnd (== '!') "hi!!!")
  print (T.foldl' (\n c -> n * 10 + fromEnum c - 48) 0 "12345")
