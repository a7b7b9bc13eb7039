-- Clean-room GHC.IO.Encoding.Latin1 (base-4.15.1's API, issue 14): latin1
-- (an unrepresentable character is truncated to its low byte),
-- latin1_checked and ascii (it is an InvalidSequence). The loops are
-- Hs2stg.Codec's. Compiled into preludes/base/GHC.IO.Encoding.Latin1.stg
-- by scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.Latin1
  ( latin1,
    mkLatin1,
    latin1_checked,
    mkLatin1_checked,
    ascii,
    mkAscii,
    latin1_decode,
    ascii_decode,
    latin1_encode,
    latin1_checked_encode,
    ascii_encode,
    -- -O1 names of the interface (what GHC's own closures are called)
    zz_ascii1,
    zz_ascii2,
    zz_ascii3,
    zz_ascii4,
    zz_ascii5,
    zz_ascii6,
    zz_latin1zuchecked1,
    zz_latin1zuchecked2,
    zz_latin2,
    zz_latin3,
    zz_latin4,
    zz_latin5
  )
where

import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Types
import Hs2stg.Codec

latin1, latin1_checked, ascii :: TextEncoding
latin1 = mkLatin1 ErrorOnCodingFailure
latin1_checked = mkLatin1_checked ErrorOnCodingFailure
ascii = mkAscii ErrorOnCodingFailure

mkLatin1, mkLatin1_checked, mkAscii :: CodingFailureMode -> TextEncoding
mkLatin1 cfm = simpleEncoding "ISO-8859-1" 2 cfm latin1_decode latin1_encode
mkLatin1_checked cfm = simpleEncoding "ISO-8859-1" 1 cfm latin1_decode latin1_checked_encode
mkAscii cfm = simpleEncoding "ASCII" 11 cfm ascii_decode ascii_encode

latin1_decode, ascii_decode :: DecodeBuffer
latin1_decode = decodeWith latin1Step
ascii_decode = decodeWith asciiStep

latin1_encode, latin1_checked_encode, ascii_encode :: EncodeBuffer
latin1_encode = encodeWith latin1Bytes
latin1_checked_encode = encodeWith latin1CheckedBytes
ascii_encode = encodeWith asciiBytes

zz_ascii1, zz_latin1zuchecked1, zz_latin2 :: IO (TextEncoder ())
zz_ascii1 = encoderOf ascii
zz_latin1zuchecked1 = encoderOf latin1_checked
zz_latin2 = encoderOf latin1

zz_ascii5, zz_latin4 :: IO (TextDecoder ())
zz_ascii5 = decoderOf ascii
zz_latin4 = decoderOf latin1

zz_ascii2 :: () -> IO ()
zz_ascii2 = unitSetState

zz_ascii3 :: IO ()
zz_ascii3 = unitIO

zz_ascii4, zz_latin1zuchecked2, zz_latin3 :: EncodeBuffer
zz_ascii4 = ascii_encode
zz_latin1zuchecked2 = latin1_checked_encode
zz_latin3 = latin1_encode

zz_ascii6, zz_latin5 :: DecodeBuffer
zz_ascii6 = ascii_decode
zz_latin5 = latin1_decode

