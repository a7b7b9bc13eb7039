{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- binary's internals that only binary's own code calls, reached by -O1
-- code that inlines their callers (a high unfolding threshold): the
-- [Word8] and [Char] readers Integer's and String's get use
-- ($fBinaryInteger_$s$wgo, $fBinarySet_$s$wgo), String's UTF-8 writer
-- ($wpoly_step), and the "not enough bytes" failure ($fBinaryAll3/4,
-- $fBinaryAll_go1). Main shows the results (showing inlined here would
-- call base's Show Integer internals).
module Inlined (encodeInteger, decodeInteger, encodeString, decodeString, getInteger, getWord8s, getString) where

import Data.Binary
import Data.Binary.Get (ByteOffset, runGetOrFail)
import qualified Data.ByteString.Lazy as BL

encodeInteger :: Integer -> BL.ByteString
encodeInteger = encode

decodeInteger :: BL.ByteString -> Integer
decodeInteger = decode

encodeString :: String -> BL.ByteString
encodeString = encode

decodeString :: BL.ByteString -> String
decodeString = decode

type Result a = Either (BL.ByteString, ByteOffset, String) (BL.ByteString, ByteOffset, a)

getInteger :: BL.ByteString -> Result Integer
getInteger = runGetOrFail get

getWord8s :: BL.ByteString -> Result [Word8]
getWord8s = runGetOrFail get

getString :: BL.ByteString -> Result String
getString = runGetOrFail get
