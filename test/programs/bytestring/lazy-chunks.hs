-- The chunk boundaries of lazy ByteStrings that bytestring's functions make
-- (visible through toChunks).
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
main :: IO ()
main = do
  print (map B.length (L.toChunks (LC.replicate 100000 'x')))
  print (map B.length (L.toChunks (LC.replicate 5000 'x')))
  print (map B.length (L.toChunks (LC.take 10000 (LC.repeat 'x'))))
  print (map B.length (L.toChunks (LC.take 10000 (LC.cycle (LC.pack "abc")))))
  print (map B.length (L.toChunks (L.take 10000 (L.iterate (+1) 1))))
  print (map B.length (L.toChunks (LC.unfoldr (\n -> if n > 5000 then Nothing else Just ('a', n + 1)) (0 :: Int))))
  print (map B.length (L.toChunks (LC.cons' 'a' (LC.pack "bc"))), map B.length (L.toChunks (LC.cons 'a' (LC.pack "bc"))))
  print (map B.length (L.toChunks (L.map (+1) (LC.pack (replicate 100 'a')))))
  print (map B.length (L.toChunks (LC.scanl max 'a' (LC.pack (replicate 100 'a')))))
  print (map (map B.length . L.toChunks) (LC.group (LC.pack "aabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")))
  print (map B.length (L.toChunks (LC.unlines (map LC.pack ["ab","cd"]))))
  print (map B.length (L.toChunks (L.take 70000 (L.iterate (+1) 1))))
  print (map B.length (L.toChunks (LC.unfoldr (\n -> if n > 70000 then Nothing else Just ('a', n + 1)) (0 :: Int))))
  print (map B.length (L.toChunks (LC.pack (replicate 20000 'a'))))
  print (map B.length (L.toChunks (LC.filter (/= 'a') (LC.pack (replicate 200 'b')))))
  print (map B.length (L.toChunks (L.reverse (LC.pack (replicate 100 'b')))))
  print (map B.length (L.toChunks (L.intersperse 0 (LC.pack (replicate 100 'b')))))
  print (map B.length (L.toChunks (L.snoc (LC.pack (replicate 100 'b')) 1)))
  print (map B.length (L.toChunks (L.copy (LC.pack (replicate 100 'b')))))
  print (map (map B.length . L.toChunks) (LC.split 'x' (LC.pack (replicate 40 'b' ++ "x" ++ replicate 30 'c'))))
  print (map (map B.length . L.toChunks) (LC.lines (LC.pack (replicate 40 'b' ++ "\n" ++ replicate 30 'c'))))
  print (map (map B.length . L.toChunks) (L.tails (L.pack [1,2,3])))
  print (map (map B.length . L.toChunks) (L.inits (LC.pack (replicate 34 'a'))))
  print (map B.length (L.toChunks (snd (L.mapAccumL (\a w -> (a,w)) 0 (LC.pack (replicate 100 'b'))))))
  print (map B.length (L.toChunks (LC.init (LC.pack (replicate 33 'b')))))
  print (map B.length (L.toChunks (L.concatMap (\w -> L.pack [w,w]) (L.pack [1,2,3]))))
