-- | Clean-room Data.Time.Format.Format.Class for hs2stg (time-1.9.3's API):
-- formatTime's `%<modifier><width><E><specifier>` codes, and the padding
-- rules its specifiers share, as documented and as observed of the
-- installed package (probed black-box, see test/programs/time/format-*.hs).
module Data.Time.Format.Format.Class
  ( FormatOptions (..)
  , FormatTime (..)
  , formatTime
  , numberPad
  , fractionPad
  , formatNumber
  , formatString
  , formatComposite
  , showPaddedString
  , fractionDigits
  ) where

import Data.Char (toLower, toUpper)
import Data.Time.Calendar.Private
import Data.Time.Format.Locale

-- | The locale, the padding asked for (Nothing: the specifier's default;
-- Just Nothing: `-`; Just (Just c): `_` or `0`) and the width asked for.
data FormatOptions = MkFormatOptions
  { foLocale :: TimeLocale
  , foPadding :: Maybe (Maybe Char)
  , foWidth :: Maybe Int
  }

class FormatTime t where
  -- | The formatter of a specifier character (the flag: `E` was given).
  formatCharacter :: Bool -> Char -> Maybe (FormatOptions -> t -> String)

-- | Substitutes each `%` code. An unknown specifier gives nothing; a code
-- cut short by the end of the string stays as written.
formatTime :: FormatTime t => TimeLocale -> String -> t -> String
formatTime locale fmt t = go fmt
  where
    go ('%' : cs) = code cs
    go (c : cs) = c : go cs
    go [] = []
    code cs0 = case cs3 of
      [] -> '%' : cs0
      c : rest -> caseOf (spec c) ++ go rest
      where
        (pad, caseOf, cs1) = modifier cs0
        (width, cs2) = digits cs1
        (alt, cs3) = case cs2 of
          'E' : r -> (True, r)
          r -> (False, r)
        opts = MkFormatOptions locale pad width
        spec '%' = showPaddedString opts "%"
        spec 't' = showPaddedString opts "\t"
        spec 'n' = showPaddedString opts "\n"
        spec c = maybe "" (\f -> f opts t) (formatCharacter alt c)
    modifier ('-' : r) = (Just Nothing, id, r)
    modifier ('_' : r) = (Just (Just ' '), id, r)
    modifier ('0' : r) = (Just (Just '0'), id, r)
    modifier ('^' : r) = (Nothing, map toUpper, r)
    modifier ('#' : r) = (Nothing, map toLower, r)
    modifier r = (Nothing, id, r)
    digits r = case span (`elem` "0123456789") r of
      ([], _) -> (Nothing, r)
      (ds, r') -> (Just (read ds), r')

-- | A number's padding from its specifier's defaults: padded or not,
-- width, character. An asked width below the default width counts as the
-- default, except after `-` (whose padding character is a space).
numberPad :: Bool -> Int -> Char -> FormatOptions -> PadOption
numberPad padDef widthDef charDef fo = case (foPadding fo, foWidth fo) of
  (Just Nothing, Nothing) -> NoPad
  (Just Nothing, Just w) -> Pad w ' '
  (Just (Just c), w) -> Pad (maybe widthDef (max widthDef) w) c
  (Nothing, Just w) -> Pad (max widthDef w) charDef
  (Nothing, Nothing) -> if padDef then Pad widthDef charDef else NoPad

-- | A fraction's digits: the width is the number of digits (12 by
-- default), filled after the significant ones with the padding character.
fractionPad :: Bool -> FormatOptions -> PadOption
fractionPad padDef fo = case (foPadding fo, foWidth fo) of
  (Just Nothing, Nothing) -> NoPad
  (Just Nothing, Just w) -> Pad w ' '
  (Just (Just c), w) -> Pad (maybe 12 id w) c
  (Nothing, Just w) -> Pad w '0'
  (Nothing, Nothing) -> if padDef then Pad 12 '0' else NoPad

-- | The twelve digits of a fraction of picoseconds, trailing zeros dropped,
-- then cut or filled as the padding says.
fractionDigits :: PadOption -> Integer -> String
fractionDigits opt ps = case opt of
  NoPad -> significant
  Pad w c -> take w (significant ++ repeat c)
  where
    s = show ps
    significant = reverse (dropWhile (== '0') (reverse (replicate (12 - length s) '0' ++ s)))

formatNumber :: (Show i, Ord i, Num i) => Bool -> Int -> Char -> (t -> i) -> FormatOptions -> t -> String
formatNumber padDef widthDef charDef f fo t = padded (numberPad padDef widthDef charDef fo) (f t)

-- | Text (names, composite formats): padded on the left only to an asked width.
showPaddedString :: FormatOptions -> String -> String
showPaddedString fo s = case foWidth fo of
  Nothing -> s
  Just w -> replicate (w - length s) c ++ s
  where
    c = case foPadding fo of
      Just (Just p) -> p
      _ -> ' '

formatString :: (TimeLocale -> t -> String) -> FormatOptions -> t -> String
formatString f fo t = showPaddedString fo (f (foLocale fo) t)

-- | A specifier that stands for a format of its own (%T, %c, ...).
formatComposite :: FormatTime t => (TimeLocale -> String) -> FormatOptions -> t -> String
formatComposite fmt fo t = showPaddedString fo (formatTime (foLocale fo) (fmt (foLocale fo)) t)
