-- Clean-room GHC.IO.Encoding.Failure (base-4.15.1's API, issue 14): what a
-- codec does with input it cannot convert (observed behaviour of GHC's
-- recoverDecode/recoverEncode: skip it, put U+FFFD or '?' instead, or
-- escape undecodable bytes as lone surrogates U+DC80..U+DCFF and write them
-- back). Compiled into preludes/base/GHC.IO.Encoding.Failure.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.Failure
  ( CodingFailureMode (..),
    codingFailureModeSuffix,
    isSurrogate,
    recoverDecode,
    recoverEncode,
    -- -O1 names of the interface (what GHC's own closures are called)
    zz_recoverDecode1,
    zz_recoverEncode1,
    zz_zdwzdcshowsPrec
  )
where

import Data.Word (Word8)
import GHC.IO.Buffer
import GHC.IO.Exception (IOErrorType (InvalidArgument), IOException (..), ioException)

data CodingFailureMode
  = ErrorOnCodingFailure
  | IgnoreCodingFailure
  | TransliterateCodingFailure
  | RoundtripFailure
  deriving (Show)

codingFailureModeSuffix :: CodingFailureMode -> String
codingFailureModeSuffix m = case m of
  ErrorOnCodingFailure -> ""
  IgnoreCodingFailure -> "//IGNORE"
  TransliterateCodingFailure -> "//TRANSLIT"
  RoundtripFailure -> "//ROUNDTRIP"

-- a UTF-16 surrogate code point (U+D800..U+DFFF)
isSurrogate :: Char -> Bool
isSurrogate c = let n = fromEnum c in n >= 0xD800 && n <= 0xDFFF

-- the invalid byte at the input's bufL
recoverDecode :: CodingFailureMode -> Buffer Word8 -> Buffer Char -> IO (Buffer Word8, Buffer Char)
recoverDecode cfm input output = do
  let ir = bufL input
      ow = bufR output
  b <- readWord8Buf (bufRaw input) ir
  case cfm of
    ErrorOnCodingFailure -> codingError "recoverDecode" "invalid byte sequence"
    IgnoreCodingFailure -> return (input {bufL = ir + 1}, output)
    TransliterateCodingFailure -> do
      ow' <- writeCharBuf (bufRaw output) ow '\xFFFD'
      return (input {bufL = ir + 1}, output {bufR = ow'})
    RoundtripFailure -> do
      ow' <- writeCharBuf (bufRaw output) ow (escapeByte b)
      return (input {bufL = ir + 1}, output {bufR = ow'})

-- the character at the input's bufL, which the encoding cannot represent
recoverEncode :: CodingFailureMode -> Buffer Char -> Buffer Word8 -> IO (Buffer Char, Buffer Word8)
recoverEncode cfm input output = do
  let ir = bufL input
      ow = bufR output
  (c, ir') <- readCharBuf (bufRaw input) ir
  case cfm of
    IgnoreCodingFailure -> return (input {bufL = ir'}, output)
    TransliterateCodingFailure
      | c == '?' -> return (input {bufL = ir'}, output)
      | otherwise -> do
          -- the encoder tries again with '?' in its place
          _ <- writeCharBuf (bufRaw input) ir '?'
          return (input, output)
    RoundtripFailure
      | Just b <- unescapeChar c -> do
          writeWord8Buf (bufRaw output) ow b
          return (input {bufL = ir'}, output {bufR = ow + 1})
    _ -> codingError "recoverEncode" "invalid character"

-- bytes from 0x80 become U+DC80..U+DCFF; ASCII stays itself
escapeByte :: Word8 -> Char
escapeByte b
  | b < 128 = toEnum (fromIntegral b)
  | otherwise = toEnum (0xDC00 + fromIntegral b)

unescapeChar :: Char -> Maybe Word8
unescapeChar c
  | n >= 0xDC80 && n <= 0xDCFF = Just (fromIntegral (n - 0xDC00))
  | otherwise = Nothing
  where
    n = fromEnum c

codingError :: String -> String -> IO a
codingError loc d =
  ioException
    IOError
      { ioe_handle = Nothing,
        ioe_type = InvalidArgument,
        ioe_location = loc,
        ioe_description = d,
        ioe_errno = Nothing,
        ioe_filename = Nothing
      }

zz_recoverDecode1 :: CodingFailureMode -> Buffer Word8 -> Buffer Char -> IO (Buffer Word8, Buffer Char)
zz_recoverDecode1 = recoverDecode

zz_recoverEncode1 :: CodingFailureMode -> Buffer Char -> Buffer Word8 -> IO (Buffer Char, Buffer Word8)
zz_recoverEncode1 = recoverEncode

-- Show's worker (no precedence: the constructors take no arguments)
zz_zdwzdcshowsPrec :: CodingFailureMode -> ShowS
zz_zdwzdcshowsPrec m = showString (show m)
