{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -fno-warn-orphans #-}
-- | Clean-room text-1.2.5.0 Data.Text.Show: pack, unpack and Show Text
-- (shown as the String it holds).
module Data.Text.Show
  ( singleton,
    unpack,
    unpackCString#,
    pack,
    singleton_,
    zz_zdwsingletonzu,
    zz_zdwzdcshowsPrec,
    zz_zdwzdcshow,
    zz_zdfShowText1,
  )
where

import qualified GHC.Exts as C (unpackCStringUtf8#)
import GHC.Exts (Addr#, ByteArray#, Char (..), Char#, Int (..), Int#)
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..), safe)
import Data.Text.Internal.Chars (fromChars, toChars)

instance Show Text where
  showsPrec p t = showsPrec p (unpack t)

pack :: String -> Text
pack s = fromChars (map safe s)

unpack :: Text -> String
unpack = toChars

singleton :: Char -> Text
singleton c = fromChars [safe c]

-- | The text of a string literal (what GHC's rewrite of pack on a literal
-- calls, for ASCII and UTF-8 literals alike): decoded as UTF-8 and stored
-- as is, so a literal's surrogate pair (encoded one surrogate at a time)
-- becomes the character it pairs to, as in text.
unpackCString# :: Addr# -> Text
unpackCString# a = fromChars (C.unpackCStringUtf8# a)
{-# NOINLINE unpackCString# #-}

-- Workers GHC's -O1 callers use (named by the generator) ----------------------

-- | What singleton is (the character made safe).
singleton_ :: Char -> Text
singleton_ = singleton

zz_zdwsingletonzu :: Char# -> (# ByteArray#, Int#, Int# #)
zz_zdwsingletonzu c = case singleton (C# c) of Text (A.Array a) (I# o) (I# l) -> (# a, o, l #)

zz_zdwzdcshowsPrec :: Text -> String -> (# Char, [Char] #)
zz_zdwzdcshowsPrec t r = case showsPrec 0 (unpack t) r of
  (c : cs) -> (# c, cs #)
  [] -> error "Data.Text.Show: empty show"

zz_zdwzdcshow :: Text -> (# Char, [Char] #)
zz_zdwzdcshow t = zz_zdwzdcshowsPrec t ""

zz_zdfShowText1 :: Text -> String -> [Char]
zz_zdfShowText1 t r = showsPrec 0 (unpack t) r
