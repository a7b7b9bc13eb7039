-- text's Binary instances (Data.Text's and Data.Text.Lazy's orphans): the
-- UTF-8 bytes as a ByteString (an Int64 length, then the bytes); invalid
-- UTF-8 fails with the decoding exception shown.
import Data.Binary
import Data.Binary.Get (runGetOrFail)
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL

texts :: [T.Text]
texts = map T.pack ["", "abc", "h\233llo \8364 \128512", replicate 3000 '\955']

main :: IO ()
main = do
  mapM_ (\t -> let bs = encode t in print (BL.length bs, BL.take 24 bs, decode bs == t)) texts
  let lt = TL.fromChunks texts
  let lbs = encode lt
  print (BL.length lbs, BL.take 24 lbs, map B.length (BL.toChunks lbs))
  print (decode lbs == lt, map T.length (TL.toChunks (decode lbs)))
  print (decode (encode (T.pack "x", TL.pack "y\955", [T.pack "p", T.pack "q"])) :: (T.Text, TL.Text, [T.Text]))
  let bad = BL.pack [0, 0, 0, 0, 0, 0, 0, 3, 97, 255, 98]
  let showR r = either (\(rest, o, e) -> Left (BL.unpack rest, o, e)) (\(rest, o, v) -> Right (BL.unpack rest, o, v)) r
  print (showR (runGetOrFail (get :: Get T.Text) bad))
  print (showR (runGetOrFail (get :: Get TL.Text) bad))
  print (showR (runGetOrFail (get :: Get T.Text) (BL.pack [0, 0, 0, 0, 0, 0, 0, 9, 97])))
  print (showR (runGetOrFail (get :: Get TL.Text) (BL.pack [0, 0, 0, 0, 0, 0, 0, 2, 206, 187, 1])))
