{-# LANGUAGE MagicHash #-}
-- | Clean-room Data.Time.Format.Locale for hs2stg (time-1.9.3's API): the
-- names and formats formatTime uses, and the default (US English) locale.
module Data.Time.Format.Locale
  ( TimeLocale (..)
  , defaultTimeLocale
  , iso8601DateFormat
  , rfc822DateFormat
  , zz_iso8601DateFormat1
  , zz_defaultTimeLocale129
  , zz_defaultTimeLocale59
  , zz_defaultTimeLocale54
  , zz_defaultTimeLocale1
  , zz_zdwzdcshowsPrec
  ) where

import GHC.Exts (Int (I#), Int#)

import Data.Time.LocalTime.Internal.TimeZone (TimeZone (..))

data TimeLocale = TimeLocale
  { wDays :: [(String, String)]
  , months :: [(String, String)]
  , amPm :: (String, String)
  , dateTimeFmt :: String
  , dateFmt :: String
  , timeFmt :: String
  , time12Fmt :: String
  , knownTimeZones :: [TimeZone]
  }
  deriving (Eq, Ord)

-- | As derived: record syntax, in parentheses from precedence 11.
instance Show TimeLocale where
  showsPrec (I# d) (TimeLocale a b c e f g h i) = zz_zdwzdcshowsPrec d a b c e f g h i

-- | showsPrec with the fields apart (-O1 callers).
zz_zdwzdcshowsPrec
  :: Int# -> [(String, String)] -> [(String, String)] -> (String, String)
  -> String -> String -> String -> String -> [TimeZone] -> String -> String
zz_zdwzdcshowsPrec d a b c e f g h i =
  showParen (I# d >= 11) $
    showString "TimeLocale {wDays = " . shows a
      . showString ", months = " . shows b
      . showString ", amPm = " . shows c
      . showString ", dateTimeFmt = " . shows e
      . showString ", dateFmt = " . shows f
      . showString ", timeFmt = " . shows g
      . showString ", time12Fmt = " . shows h
      . showString ", knownTimeZones = " . shows i
      . showChar '}'

defaultTimeLocale :: TimeLocale
defaultTimeLocale =
  TimeLocale
    { wDays = zz_defaultTimeLocale129
    , months = zz_defaultTimeLocale59
    , amPm = zz_defaultTimeLocale54
    , dateTimeFmt = "%a %b %e %H:%M:%S %Z %Y"
    , dateFmt = "%m/%d/%y"
    , timeFmt = "%H:%M:%S"
    , time12Fmt = "%I:%M:%S %p"
    , knownTimeZones = zz_defaultTimeLocale1
    }

-- | The default locale's fields, by the names -O1 callers use.
zz_defaultTimeLocale129 :: [(String, String)]
zz_defaultTimeLocale129 =
        [ ("Sunday", "Sun")
        , ("Monday", "Mon")
        , ("Tuesday", "Tue")
        , ("Wednesday", "Wed")
        , ("Thursday", "Thu")
        , ("Friday", "Fri")
        , ("Saturday", "Sat")
        ]

zz_defaultTimeLocale59 :: [(String, String)]
zz_defaultTimeLocale59 =
        [ ("January", "Jan")
        , ("February", "Feb")
        , ("March", "Mar")
        , ("April", "Apr")
        , ("May", "May")
        , ("June", "Jun")
        , ("July", "Jul")
        , ("August", "Aug")
        , ("September", "Sep")
        , ("October", "Oct")
        , ("November", "Nov")
        , ("December", "Dec")
        ]

zz_defaultTimeLocale54 :: (String, String)
zz_defaultTimeLocale54 = ("AM", "PM")

zz_defaultTimeLocale1 :: [TimeZone]
zz_defaultTimeLocale1 =
        [ TimeZone 0 False "UT"
        , TimeZone 0 False "GMT"
        , TimeZone (-5 * 60) False "EST"
        , TimeZone (-4 * 60) True "EDT"
        , TimeZone (-6 * 60) False "CST"
        , TimeZone (-5 * 60) True "CDT"
        , TimeZone (-7 * 60) False "MST"
        , TimeZone (-6 * 60) True "MDT"
        , TimeZone (-8 * 60) False "PST"
        , TimeZone (-7 * 60) True "PDT"
        ]

-- | ISO 8601's date format, with a time format after a 'T' when given.
iso8601DateFormat :: Maybe String -> String
iso8601DateFormat mt = "%Y-%m-%d" ++ maybe "" (zz_iso8601DateFormat1 :) mt

zz_iso8601DateFormat1 :: Char
zz_iso8601DateFormat1 = 'T'

rfc822DateFormat :: String
rfc822DateFormat = "%a, %_d %b %Y %H:%M:%S %Z"
