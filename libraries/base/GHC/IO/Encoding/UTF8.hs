-- Clean-room GHC.IO.Encoding.UTF8 (base-4.15.1's API, issue 14): UTF-8, and
-- UTF-8 with a byte order mark (skipped when reading if there, written
-- first). The loops are Hs2stg.Codec's. Compiled into
-- preludes/base/GHC.IO.Encoding.UTF8.stg by scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.UTF8
  ( utf8,
    mkUTF8,
    utf8_bom,
    mkUTF8_bom,
    -- -O1 names of the interface (what GHC's own closures are called)
    zz_mkUTF1,
    zz_mkUTF2,
    zz_mkUTF3,
    zz_mkUTF4,
    zz_utf1,
    zz_utf2
  )
where

import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Types
import Hs2stg.Codec

utf8, utf8_bom :: TextEncoding
utf8 = mkUTF8 ErrorOnCodingFailure
utf8_bom = mkUTF8_bom ErrorOnCodingFailure

mkUTF8, mkUTF8_bom :: CodingFailureMode -> TextEncoding
mkUTF8 cfm = simpleEncoding "UTF-8" 0 cfm (decodeWith utf8Step) (encodeWith utf8Bytes)
mkUTF8_bom = utf8BomEncoding

zz_mkUTF1 :: EncodeBuffer
zz_mkUTF1 = encodeWith utf8Bytes

zz_mkUTF2 :: () -> IO ()
zz_mkUTF2 = unitSetState

zz_mkUTF3 :: IO ()
zz_mkUTF3 = unitIO

zz_mkUTF4 :: DecodeBuffer
zz_mkUTF4 = decodeWith utf8Step

zz_utf1 :: IO (TextEncoder ())
zz_utf1 = encoderOf utf8

zz_utf2 :: IO (TextDecoder ())
zz_utf2 = decoderOf utf8
