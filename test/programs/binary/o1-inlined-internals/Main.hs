-- binary's internals that only binary's own code calls, reached by -O1
-- code that inlines their callers (Inlined, at a high unfolding
-- threshold); Main keeps the usual threshold: at a high one GHC would
-- inline base's top-level handler (runMainIO) into main, whose internals
-- the preludes do not define.
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import Inlined

integers :: [Integer]
integers = [0, 1, -1, 2 ^ (31 :: Int) - 1, -(2 ^ (31 :: Int)), 2 ^ (64 :: Int), -(3 ^ (100 :: Int)), product [1 .. 60]]

strings :: [String]
strings = ["", "a", "h\233llo \8364 \128512", replicate 5000 'q' ++ "\1234", concat (replicate 3000 "\128512y")]

main :: IO ()
main = do
  mapM_ (\i -> let bs = encodeInteger i in print (BL.unpack bs, decodeInteger bs == i)) integers
  mapM_ (\s -> let bs = encodeString s in print (map B.length (BL.toChunks bs), BL.length bs, BL.take 16 bs, decodeString bs == s)) strings
  -- truncated input: not enough bytes
  let cut n = BL.take n (encodeInteger (2 ^ (100 :: Int)))
      shown r = either (\(rest, o, e) -> Left (BL.unpack rest, o, e)) (\(rest, o, v) -> Right (BL.unpack rest, o, show v)) r
  mapM_ (print . shown . getInteger . cut) [0, 1, 5, 9, 12, 20, 100]
  print (shown (getWord8s (BL.pack [0, 0, 0, 0, 0, 0, 0, 5, 1, 2])))
  print (shown (getWord8s (BL.pack [0, 0, 0, 0, 0, 0, 0, 2, 1, 2, 3])))
  print (shown (getString (BL.pack [0, 0, 0, 0, 0, 0, 0, 3, 65, 66])))
  print (shown (getString (BL.pack [0, 0, 0, 0, 0, 0, 0, 2, 206, 187, 67, 68])))
