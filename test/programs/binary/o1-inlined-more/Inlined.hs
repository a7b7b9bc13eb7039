{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- More of binary's internals that only binary's own code calls, reached by
-- -O1 code that inlines their callers: Natural's get step
-- ($fBinaryNatural3), the putList loop of Fixed ($fBinaryFixed2), IntSet's
-- put fold and getMany at Int ($fBinaryIntSet_go2, $fBinaryIntSet_$s$wgo),
-- Version's branch writer ($fBinaryVersion3), a lazy ByteString's copy
-- ($fBinaryByteString_$sgo2), Seq's get loop ($wpoly_rep), and the type
-- representations' workers.
module Inlined where

import Data.Binary
import Data.Fixed (Fixed, E2)
import qualified Data.IntSet as IS
import qualified Data.Sequence as Seq
import qualified Data.ByteString.Lazy as BL
import Data.Version (Version)
import Numeric.Natural (Natural)
import Type.Reflection (SomeTypeRep)

encNatural :: Natural -> BL.ByteString
encNatural = encode

decNatural :: BL.ByteString -> Natural
decNatural = decode

encFixed :: [Fixed E2] -> BL.ByteString
encFixed = encode

decFixed :: BL.ByteString -> [Fixed E2]
decFixed = decode

encIntSet :: IS.IntSet -> BL.ByteString
encIntSet = encode

decIntSet :: BL.ByteString -> IS.IntSet
decIntSet = decode

encVersion :: Version -> BL.ByteString
encVersion = encode

decVersion :: BL.ByteString -> Version
decVersion = decode

encLazy :: BL.ByteString -> BL.ByteString
encLazy = encode

decLazy :: BL.ByteString -> BL.ByteString
decLazy = decode

encSeq :: Seq.Seq Int -> BL.ByteString
encSeq = encode

decSeq :: BL.ByteString -> Seq.Seq Int
decSeq = decode

encReps :: [SomeTypeRep] -> BL.ByteString
encReps = encode

decReps :: BL.ByteString -> [SomeTypeRep]
decReps = decode
