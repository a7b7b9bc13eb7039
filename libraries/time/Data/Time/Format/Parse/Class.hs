{-# LANGUAGE MagicHash #-}
-- | Clean-room Data.Time.Format.Parse.Class for hs2stg (time-1.9.3): the
-- ParseTime class (method order as the installed interface file has it)
-- and the ReadP parsers of the format specifiers. Behaviour worked out
-- black-box against the installed package: a format becomes a parser of
-- (specifier, text) pairs, which each instance's buildTime interprets.
module Data.Time.Format.Parse.Class
  ( ParseNumericPadding (..)
  , ParseTime (..)
  , parseSpecifiers
  , timeSubstituteTimeSpecifier
  , timeParseTimeSpecifier
  , durationParseTimeSpecifier
  , zz_durationParseTimeSpecifier1
  , zz_zdwdurationParseTimeSpecifier
  , zz_timeParseTimeSpecifier21
  ) where

import Data.Char (isAlpha, isDigit, isSpace, toUpper)
import Data.Maybe (fromMaybe)
import GHC.Exts (Char (C#), Char#)
import Text.ParserCombinators.ReadP

import Data.Time.Format.Locale

data ParseNumericPadding = NoPadding | SpacePadding | ZeroPadding

class ParseTime t where
  -- | A specifier that stands for a whole format (%c, %D, ...).
  substituteTimeSpecifier :: proxy t -> TimeLocale -> Char -> Maybe String
  substituteTimeSpecifier _ _ _ = Nothing
  -- | The text one specifier matches.
  parseTimeSpecifier
    :: proxy t -> TimeLocale -> Maybe ParseNumericPadding -> Char -> ReadP String
  -- | The value the matched (specifier, text) pairs describe, in input order.
  buildTime :: TimeLocale -> [(Char, String)] -> Maybe t
  {-# MINIMAL parseTimeSpecifier, buildTime #-}

-- | The parser of a whole format: `%[-_0][E]c` specifiers, whitespace
-- (a run of n format spaces takes n or more input spaces, greedily) and
-- other characters matched regardless of case.
parseSpecifiers
  :: ParseTime t => proxy t -> TimeLocale -> String -> ReadP [(Char, String)]
parseSpecifiers proxy l = go
  where
    go [] = return []
    go ('%' : cs) = percent cs
    go (c : cs)
      | isSpace c = spaceRun cs
      | otherwise = satisfy (sameLetter c) >> go cs
    spaceRun cs = do
      _ <- satisfy isSpace
      case cs of
        c : rest | isSpace c -> spaceRun rest
        _ -> skipSpaces >> go cs
    percent [] = return []
    percent ('%' : cs) = char '%' >> go cs
    percent ('-' : cs) = modified (Just NoPadding) cs
    percent ('_' : cs) = modified (Just SpacePadding) cs
    percent ('0' : cs) = modified (Just ZeroPadding) cs
    percent cs = modified Nothing cs
    modified mpad ('E' : cs) = specifier mpad cs
    modified mpad cs = specifier mpad cs
    specifier _ [] = return []
    specifier _ ('%' : cs) = char '%' >> go cs
    specifier mpad (c : cs) = case substituteTimeSpecifier proxy l c of
      Just sub -> (++) <$> go sub <*> go cs
      Nothing -> do
        s <- parseTimeSpecifier proxy l mpad c
        rest <- go cs
        return ((c, s) : rest)

sameLetter :: Char -> Char -> Bool
sameLetter a b = toUpper a == toUpper b

-- | A string matched regardless of case.
stringCI :: String -> ReadP String
stringCI s = mapM (satisfy . sameLetter) s

-- | The specifiers of the date and time types that stand for formats.
timeSubstituteTimeSpecifier :: TimeLocale -> Char -> Maybe String
timeSubstituteTimeSpecifier l c = case c of
  'c' -> Just (dateTimeFmt l)
  'R' -> Just "%H:%M"
  'T' -> Just "%H:%M:%S"
  'X' -> Just (timeFmt l)
  'r' -> Just (time12Fmt l)
  'D' -> Just "%m/%d/%y"
  'F' -> Just "%Y-%m-%d"
  'x' -> Just (dateFmt l)
  'h' -> Just "%b"
  _ -> Nothing

digit :: ReadP Char
digit = zz_timeParseTimeSpecifier21

-- | One digit (the installed package's name, which -O1 callers reach when
-- they inline a specifier's parser).
zz_timeParseTimeSpecifier21 :: ReadP Char
zz_timeParseTimeSpecifier21 = satisfy isDigit

-- | Digits under a padding: any number of them (`-`), after any spaces
-- (`_`), or exactly the specifier's width (`0`).
digits :: ParseNumericPadding -> Int -> ReadP String
digits NoPadding _ = many1 digit
digits SpacePadding _ = skipSpaces >> many1 digit
digits ZeroPadding n = count n digit

-- | One of the locale's names (matched regardless of case), as the locale
-- spells it.
oneOf :: [String] -> ReadP String
oneOf names = choice [stringCI n >> return n | n <- names]

-- | ±HHMM or ±HH:MM, as ±HHMM.
zoneOffset :: ReadP String
zoneOffset = do
  sign <- satisfy (\c -> c == '+' || c == '-')
  h <- count 2 digit
  optional (char ':')
  m <- count 2 digit
  return (sign : h ++ m)

timeParseTimeSpecifier
  :: TimeLocale -> Maybe ParseNumericPadding -> Char -> ReadP String
timeParseTimeSpecifier l mpad c = case c of
  'C' -> number SpacePadding 2
  'f' -> number SpacePadding 2
  'Y' -> number SpacePadding 4
  'G' -> number SpacePadding 4
  'y' -> number ZeroPadding 2
  'g' -> number ZeroPadding 2
  'B' -> oneOf (map fst (months l))
  'b' -> oneOf (map snd (months l))
  'm' -> number ZeroPadding 2
  'd' -> number ZeroPadding 2
  'e' -> number SpacePadding 2
  'V' -> number ZeroPadding 2
  'U' -> number ZeroPadding 2
  'W' -> number ZeroPadding 2
  'u' -> oneDigit '1' '7'
  'a' -> oneOf (map snd (wDays l))
  'A' -> oneOf (map fst (wDays l))
  'w' -> oneDigit '0' '6'
  'j' -> number ZeroPadding 3
  'H' -> number ZeroPadding 2
  'I' -> number ZeroPadding 2
  'k' -> number SpacePadding 2
  'l' -> number SpacePadding 2
  'M' -> number ZeroPadding 2
  'S' -> number ZeroPadding 2
  'q' -> number ZeroPadding 12
  'Q' -> (char '.' >> ('.' :) <$> munch isDigit) <++ return ""
  'p' -> oneOf [fst (amPm l), snd (amPm l)]
  'P' -> oneOf [fst (amPm l), snd (amPm l)]
  's' -> do
    sign <- option "" (string "-")
    ds <- munch1 isDigit
    return (sign ++ ds)
  'z' -> zoneOffset
  'Z' -> munch1 isAlpha +++ zoneOffset
  _ -> pfail
  where
    number def n = digits (fromMaybe def mpad) n
    oneDigit lo hi = (: []) <$> satisfy (\x -> x >= lo && x <= hi)

-- | The duration types' specifiers: signed numbers of each unit (spaces
-- may come between the sign and the digits under `_`, and always for
-- seconds); seconds may have a fraction.
durationParseTimeSpecifier
  :: TimeLocale -> Maybe ParseNumericPadding -> Char -> ReadP String
durationParseTimeSpecifier = zz_durationParseTimeSpecifier1

-- | The worker -O1 callers call (the locale is not used).
zz_zdwdurationParseTimeSpecifier :: Maybe ParseNumericPadding -> Char# -> ReadP String
zz_zdwdurationParseTimeSpecifier mpad c = zz_durationParseTimeSpecifier1 defaultTimeLocale mpad (C# c)

-- | The installed package's name of it that -O1 callers call (ReadP's
-- newtype is gone at run time).
zz_durationParseTimeSpecifier1
  :: TimeLocale -> Maybe ParseNumericPadding -> Char -> ReadP String
zz_durationParseTimeSpecifier1 _ mpad c = case c of
  'y' -> signed 1
  'b' -> signed 1
  'B' -> signed 2
  'w' -> signed 1
  'd' -> signed 1
  'D' -> signed 1
  'h' -> signed 1
  'H' -> signed 2
  'm' -> signed 1
  'M' -> signed 2
  's' -> seconds
  'S' -> seconds
  _ -> pfail
  where
    sign = option "" (string "-")
    signed n = case fromMaybe NoPadding mpad of
      SpacePadding -> (++) <$> sign <*> (skipSpaces >> many1 digit)
      pad -> (++) <$> sign <*> digits pad n
    seconds = do
      s <- sign
      skipSpaces
      whole <- many1 digit
      frac <- return "" +++ ((:) <$> char '.' <*> many digit)
      return (s ++ whole ++ frac)
