{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Encoding.Error: what a decoder does
-- with bytes it cannot decode (the handler gets a description and the
-- byte, and answers a replacement or nothing), and the exception the
-- strict handlers throw. Show texts as the installed package prints them.
module Data.Text.Encoding.Error
  ( UnicodeException (..),
    OnError,
    OnDecodeError,
    OnEncodeError,
    lenientDecode,
    strictDecode,
    ignore,
    replace,
    strictEncode,
    -- text's internals -O1 code calls
    zz_zdfExceptionUnicodeException8,
    zz_zdfNFDataUnicodeExceptionzugo,
    zz_zdfExceptionUnicodeExceptionzuzdcshow,
  )
where

import Control.DeepSeq (NFData (..))
import Control.Exception (Exception, throw)
import Data.Char (ord)
import Data.Word (Word8)
import Numeric (showHex)
import Type.Reflection (TypeRep, typeOf)

type OnError a b = String -> Maybe a -> Maybe b

type OnDecodeError = OnError Word8 Char

type OnEncodeError = OnError Char Word8

data UnicodeException
  = DecodeError String (Maybe Word8)
  | EncodeError String (Maybe Char)

instance Eq UnicodeException where
  DecodeError a b == DecodeError c d = a == c && b == d
  EncodeError a b == EncodeError c d = a == c && b == d
  _ == _ = False

describe :: UnicodeException -> String
describe (DecodeError desc (Just w)) = "Cannot decode byte '\\x" ++ showHex w ("': " ++ desc)
describe (DecodeError desc Nothing) = "Cannot decode input: " ++ desc
describe (EncodeError desc (Just c)) = "Cannot encode character '\\x" ++ showHex (ord c) ("': " ++ desc)
describe (EncodeError desc Nothing) = "Cannot encode input: " ++ desc

instance Show UnicodeException where
  showsPrec _ e s = describe e ++ s

instance Exception UnicodeException

instance NFData UnicodeException where
  rnf (DecodeError desc w) = rnf desc `seq` rnf w `seq` ()
  rnf (EncodeError desc c) = rnf desc `seq` rnf c `seq` ()

-- | Replaces what cannot be decoded with U+FFFD.
lenientDecode :: OnDecodeError
lenientDecode _ _ = Just '\xfffd'

strictDecode :: OnDecodeError
strictDecode desc c = throw (DecodeError desc c)

ignore :: OnError a b
ignore _ _ = Nothing

replace :: b -> OnError a b
replace c _ _ = Just c

strictEncode :: OnEncodeError
strictEncode desc c = throw (EncodeError desc c)

-- | The type's TypeRep ($fExceptionUnicodeException8), which -O1 code
-- compares with in fromException.
zz_zdfExceptionUnicodeException8 :: TypeRep UnicodeException
zz_zdfExceptionUnicodeException8 = typeOf (DecodeError "" Nothing)

-- | The instance's displayException, named $cshow by GHC.
zz_zdfExceptionUnicodeExceptionzuzdcshow :: UnicodeException -> String
zz_zdfExceptionUnicodeExceptionzuzdcshow e = describe e

-- NFData's loop over a description (-O1): every character forced.
zz_zdfNFDataUnicodeExceptionzugo :: [Char] -> ()
zz_zdfNFDataUnicodeExceptionzugo [] = ()
zz_zdfNFDataUnicodeExceptionzugo (c : cs) = c `seq` zz_zdfNFDataUnicodeExceptionzugo cs
