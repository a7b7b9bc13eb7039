-- pack/unpack round trips over the whole code point range; surrogate code
-- points become U+FFFD; length counts code points, not UTF-16 units.
import qualified Data.Text as T
import Data.Char (chr, ord)

main :: IO ()
main = do
  let all' = [toEnum 0, toEnum 37 .. maxBound] :: [Char]
      t = T.pack all'
      back = T.unpack t
  print (T.length t, length back)
  print (length (filter (== '\xFFFD') back))
  print (and (zipWith (\a b -> a == b || (a >= '\xD800' && a <= '\xDFFF' && b == '\xFFFD')) all' back))
  print (T.pack "\xD800\xDC00", T.singleton '\xDFFF', T.cons '\xD83D' (T.pack "x"), T.map (const '\xDBFF') (T.pack "ab"))
  let astral = T.pack "a\x1F600\&b\x10FFFF"
  print (T.length astral, T.unpack (T.reverse astral), T.index astral 1, T.last astral)
  print (map ord (T.unpack (T.take 2 astral)), T.drop 2 astral, T.splitAt 1 astral)
  print (T.zip astral (T.pack "wxyz"), T.findIndex (== 'b') astral, T.foldr (\c n -> n + ord c) 0 astral)
  print (T.unpack (T.pack "round trip") == "round trip", T.pack (T.unpack astral) == astral)
  print (T.copy astral == astral, T.empty, T.null T.empty, T.singleton (chr 0x1D11E))
  print (T.unfoldr (\n -> if n > 70 then Nothing else Just (chr n, n + 1)) 65, T.unfoldrN 3 (\n -> Just (chr n, n + 1)) 97)
