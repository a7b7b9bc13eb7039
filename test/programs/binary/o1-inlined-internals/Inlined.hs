{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- binary's internals that only binary's own code calls, reached by -O1
-- code that inlines their callers (a high unfolding threshold): the
-- [Word8] reader Integer's get uses ($fBinaryInteger_$s$wgo), String's
-- UTF-8 writer ($wpoly_step), and the "not enough bytes" failure
-- ($fBinaryAll3/4, $fBinaryAll_go1).
module Inlined (run) where

import Data.Binary
import Data.Binary.Get (runGetOrFail)
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL

integers :: [Integer]
integers = [0, 1, -1, 2 ^ (31 :: Int) - 1, -(2 ^ (31 :: Int)), 2 ^ (64 :: Int), -(3 ^ (100 :: Int)), product [1 .. 60]]

strings :: [String]
strings = ["", "a", "h\233llo \8364 \128512", replicate 5000 'q' ++ "\1234", concat (replicate 3000 "\128512y")]

run :: IO ()
run = do
  mapM_ (\i -> let bs = encode i in print (BL.unpack bs, decode bs == i)) integers
  print (decode (encode integers) == integers)
  mapM_ (\s -> let bs = encode s in print (map B.length (BL.toChunks bs), BL.length bs, BL.take 16 bs, decode bs == s)) strings
  print (BL.unpack (encode ["ab", "\955"]))
  -- truncated input: not enough bytes
  let cut n = BL.take n (encode (2 ^ (100 :: Int) :: Integer))
  mapM_ (\n -> print (either (\(r, o, e) -> Left (BL.unpack r, o, e)) (\(r, o, v) -> Right (BL.unpack r, o, v)) (runGetOrFail (get :: Get Integer) (cut n)))) [0, 1, 5, 9, 12, 20]
  print (either (\(_, o, e) -> Left (o, e)) (\(_, o, v) -> Right (o, v)) (runGetOrFail (get :: Get [Word8]) (BL.pack [0, 0, 0, 0, 0, 0, 0, 5, 1, 2])))
  print (either (\(_, o, e) -> Left (o, e)) (\(_, o, v) -> Right (o, v)) (runGetOrFail (get :: Get String) (BL.pack [0, 0, 0, 0, 0, 0, 0, 3, 65, 66])))
