-- Clean-room GHC.IO.Encoding.Iconv (base-4.15.1's API): GHC's TextEncodings
-- through the C library's iconv, as a GHC 9.0.2 binary on glibc behaves
-- (observed), over hs2stg's own codecs (Hs2stg.Codec), since hs2stg has no
-- iconv. mkIconvEncoding gives Just an encoding named by the charset as
-- written when iconv opens the charset and 'a' survives a trip through a
-- NUL-terminated C string in it: so the charsets our codecs share with
-- glibc (UTF-8, ISO-8859-1, ASCII, under glibc's names for them, any
-- case) are encodings, UTF-16/UTF-32/UCS-2/UCS-4 are Nothing (their 'a'
-- has NUL bytes), and so are the spellings glibc rejects. "" is the
-- locale's charset (UTF-8: hs2stg's locale is C.UTF-8, as
-- localeEncodingName says). Every other charset, and a //IGNORE or
-- //TRANSLIT suffix (iconv's own failure handling), is refused with a
-- message: glibc knows hundreds of charsets hs2stg has no codec for.
-- Compiled into preludes/base/GHC.IO.Encoding.Iconv.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.Iconv
  ( iconvEncoding,
    mkIconvEncoding,
    localeEncodingName,
    -- -O1 names of the interface: iconvEncoding's IO action and
    -- mkIconvEncoding's
    zz_iconvEncoding1,
    zz_iconvEncoding2
  )
where

import Data.Char (toUpper)
import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Types
import Hs2stg.Codec

-- | The locale's charset, as nl_langinfo(CODESET) names it.
localeEncodingName :: String
localeEncodingName = "UTF-8"

iconvEncoding :: String -> IO (Maybe TextEncoding)
iconvEncoding = zz_iconvEncoding1

zz_iconvEncoding1 :: String -> IO (Maybe TextEncoding)
zz_iconvEncoding1 = mkIconvEncoding ErrorOnCodingFailure

mkIconvEncoding :: CodingFailureMode -> String -> IO (Maybe TextEncoding)
mkIconvEncoding = zz_iconvEncoding2

zz_iconvEncoding2 :: CodingFailureMode -> String -> IO (Maybe TextEncoding)
zz_iconvEncoding2 cfm charset = case break (== '/') charset of
  (raw, "") -> case charsetCode (map toUpper raw) of
    Known k -> return (Just (encodingNamed charset (k + failureCode cfm)))
    Unusable -> return Nothing
    Unknown -> refuse
  _ -> refuse
  where
    refuse =
      errorWithoutStackTrace
        ( "hs2stg: GHC.IO.Encoding.Iconv.mkIconvEncoding "
            ++ show charset
            ++ ": hs2stg has no iconv; it knows the charsets UTF-8, ISO-8859-1 and ASCII (without a //IGNORE or //TRANSLIT suffix), and that iconv's UTF-16 and UTF-32 give Nothing"
        )

data Charset = Known Int | Unusable | Unknown

-- glibc's names (upper-cased) for the charsets hs2stg's codecs have
-- (files.ts's codes: 0 UTF-8, 1 ISO-8859-1, 11 ASCII), those whose 'a'
-- does not survive a C string, and spellings glibc rejects (observed)
charsetCode :: String -> Charset
charsetCode n
  | n `elem` ["", "UTF-8", "UTF8"] = Known 0
  | n `elem` ["ISO-8859-1", "ISO_8859-1", "ISO8859-1", "ISO88591", "LATIN1", "L1"] = Known 1
  | n `elem` ["ASCII", "US-ASCII", "ANSI_X3.4-1968"] = Known 11
  | n `elem` wide = Unusable
  | n `elem` ["UTF_8", "LATIN-1", "LATIN_1", "ISO-8859_1", "US_ASCII"] = Unusable
  | otherwise = Unknown
  where
    wide =
      [ "UTF-16", "UTF-16LE", "UTF-16BE", "UTF16", "UTF16LE", "UTF16BE",
        "UTF-32", "UTF-32LE", "UTF-32BE", "UTF32", "UTF32LE", "UTF32BE",
        "UCS-2", "UCS-4"
      ]
