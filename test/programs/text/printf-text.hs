-- Text.Printf with Text arguments (text's PrintfArg instance) and with
-- unpack.
{-# LANGUAGE OverloadedStrings #-}
import Text.Printf
import Data.Text (Text)
import qualified Data.Text as T

items :: [(Text, Int, Double)]
items = [("apple", 3, 0.5), ("größe", 12, 1.25), ("😀 emoji", 1, 10)]

main :: IO ()
main = do
  mapM_ (\(n, q, p) -> printf "%-10s|%4d|%8.2f\n" n q p) items
  mapM_ (\(n, q, p) -> printf "%s x%d\n" (T.unpack (T.toUpper n)) q) items
  printf "[%10s][%-5s][%.2s]\n" ("right" :: Text) ("l" :: Text) ("truncate" :: Text)
  let s = printf "%s-%s" ("a" :: Text) (T.pack "b") :: String
  putStrLn s
