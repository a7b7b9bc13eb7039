{-# LANGUAGE RankNTypes #-}
{-# LANGUAGE ScopedTypeVariables #-}
{-# OPTIONS_GHC -Wno-orphans #-}
-- | Clean-room Data.Time.Format.Parse for hs2stg (time-1.9.3): parseTimeM
-- and its relatives, and the Read instances of the time types (orphans
-- here, as in the installed package), which read the Show formats.
module Data.Time.Format.Parse
  ( parseTimeM
  , parseTimeOrError
  , readSTime
  , readPTime
  , parseTime
  , readTime
  , readsTime
  , ParseTime
  , TimeLocale (..)
  , defaultTimeLocale
  , iso8601DateFormat
  , rfc822DateFormat
    -- the installed package's internals -O1 callers reach (see below)
  , zz_zdwparseTimeM
  , zz_parseTimeList
  , zz_parseTimeM3
  , zz_parseTimeM4
  , zz_parseTimeOrError1
  , zz_parseTimeOrError2
  , zz_readPOnlyTime
  , zz_zdfReadDay4
  , zz_zdfReadDay6
  , zz_zdfReadTimeOfDay3
  , zz_zdfReadTimeOfDay4
  , zz_zdfReadTimeOfDay5
  , zz_zdfReadLocalTime3
  , zz_zdfReadLocalTime4
  , zz_zdfReadLocalTime5
  , zz_zdfReadTimeZZone3
  , zz_zdfReadTimeZZone5
  , zz_zdfReadTimeZZone10
  , zz_zdfReadUTCTime3
  , zz_zdfReadUTCTime4
  , zz_zdfReadUTCTimezugo2
  , zz_zdfReadUniversalTime3
  , zz_zdfReadUniversalTimezugo1
  , zz_zdfReadZZonedTime3
  , zz_zdwzdcreadsPrec
  , zz_zdwzdcreadsPrec1
  , zz_zdwzdcreadsPrec2
  ) where

import Data.Char (isSpace)
import Data.Proxy (Proxy (..))
import Text.ParserCombinators.ReadP
import Text.ParserCombinators.ReadPrec (ReadPrec, readS_to_Prec)

import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Clock.Internal.UniversalTime
import Data.Time.Format.Locale
import Data.Time.Format.Parse.Class
import Data.Time.Format.Parse.Instances ()
import Data.Time.LocalTime.Internal.LocalTime
import Data.Time.LocalTime.Internal.TimeOfDay
import Data.Time.LocalTime.Internal.TimeZone
import Data.Time.LocalTime.Internal.ZonedTime

-- | The value the whole input describes, failing when there is none or
-- more than one (with acceptWS, whitespace around it is allowed).
parseTimeM
  :: (MonadFail m, ParseTime t) => Bool -> TimeLocale -> String -> String -> m t
parseTimeM = zz_zdwparseTimeM fail

-- | parseTimeM with MonadFail's fail apart (the installed package's worker,
-- which -O1 callers call).
zz_zdwparseTimeM
  :: Monad m => (forall a. String -> m a) -> ParseTime t => Bool -> TimeLocale -> String -> String -> m t
zz_zdwparseTimeM failWith acceptWS l fmt s = case zz_parseTimeList acceptWS l fmt s of
  [t] -> return t
  [] -> failWith ("parseTimeM: no parse of " ++ show s)
  _ -> failWith ("parseTimeM: multiple parses of " ++ show s)

-- | As parseTimeM, an error (with the installed package's call stack)
-- when there is no single parse.
parseTimeOrError :: ParseTime t => Bool -> TimeLocale -> String -> String -> t
parseTimeOrError acceptWS l fmt s = case zz_parseTimeList acceptWS l fmt s of
  [t] -> t
  [] -> zz_parseTimeOrError2 s
  _ -> zz_parseTimeOrError1 s

-- | parseTimeOrError's errors: more than one parse, no parse.
zz_parseTimeOrError1, zz_parseTimeOrError2 :: String -> t
zz_parseTimeOrError1 s = errorWithoutStackTrace ("parseTimeOrError: multiple parses of " ++ show s ++ callStackAt "83")
zz_parseTimeOrError2 s = errorWithoutStackTrace ("parseTimeOrError: no parse of " ++ show s ++ callStackAt "82")

callStackAt :: String -> String
callStackAt line =
  "\nCallStack (from HasCallStack):\n  error, called at libraries/time/lib/Data/Time/Format/Parse.hs:"
    ++ line
    ++ ":12 in time-1.9.3:Data.Time.Format.Parse"

-- | The values of the parses that take the whole input.
zz_parseTimeList :: ParseTime t => Bool -> TimeLocale -> String -> String -> [t]
zz_parseTimeList False l fmt s = zz_parseTimeM4 (readSTime False l fmt s)
zz_parseTimeList True l fmt s = zz_parseTimeM3 (readSTime True l fmt s)

-- | The parses that leave only whitespace, or nothing.
zz_parseTimeM3, zz_parseTimeM4 :: [(t, String)] -> [t]
zz_parseTimeM3 rs = [t | (t, r) <- rs, all isSpace r]
zz_parseTimeM4 rs = [t | (t, "") <- rs]

-- | Every parse of a prefix of the input, with the rest.
readSTime :: ParseTime t => Bool -> TimeLocale -> String -> ReadS t
readSTime acceptWS l fmt = readP_to_S (readPTime acceptWS l fmt)

-- | The parser of a format; with acceptWS, after any whitespace when that
-- parses, else as without (a format that begins with a space still gets one).
readPTime :: ParseTime t => Bool -> TimeLocale -> String -> ReadP t
readPTime False l fmt = zz_readPOnlyTime l fmt
readPTime True l fmt = (skipSpaces >> zz_readPOnlyTime l fmt) <++ zz_readPOnlyTime l fmt

zz_readPOnlyTime :: forall t. ParseTime t => TimeLocale -> String -> ReadP t
zz_readPOnlyTime l fmt = do
  pairs <- parseSpecifiers (Proxy :: Proxy t) l fmt
  maybe pfail return (buildTime l pairs)

{-# DEPRECATED parseTime "use \"parseTimeM True\" instead" #-}
parseTime :: ParseTime t => TimeLocale -> String -> String -> Maybe t
parseTime = parseTimeM True

{-# DEPRECATED readTime "use \"parseTimeOrError True\" instead" #-}
readTime :: ParseTime t => TimeLocale -> String -> String -> t
readTime = parseTimeOrError True

{-# DEPRECATED readsTime "use \"readSTime True\" instead" #-}
readsTime :: ParseTime t => TimeLocale -> String -> ReadS t
readsTime = readSTime True

-- The Read instances. The names are the installed package's pieces that
-- -O1 callers reach: each type's reader of its Show format (after any
-- whitespace, no parentheses), readPrec, readParen of the reader, and the
-- conversions of ZonedTime and LocalTime readings to UTCTime and
-- UniversalTime. A ZonedTime is a LocalTime and a TimeZone, each in
-- optional parentheses (as the installed package reads it).

readShown :: ParseTime t => String -> ReadS t
readShown = readSTime True defaultTimeLocale

zz_zdfReadDay6 :: ReadS Day
zz_zdfReadDay6 = readShown "%Y-%m-%d"

zz_zdfReadDay4 :: ReadPrec Day
zz_zdfReadDay4 = readS_to_Prec readsPrec

instance Read Day where
  readsPrec _ = readParen False zz_zdfReadDay6

zz_zdfReadTimeOfDay5 :: ReadS TimeOfDay
zz_zdfReadTimeOfDay5 = readShown "%H:%M:%S%Q"

zz_zdfReadTimeOfDay4 :: ReadS TimeOfDay
zz_zdfReadTimeOfDay4 = readParen False zz_zdfReadTimeOfDay5

zz_zdfReadTimeOfDay3 :: ReadPrec TimeOfDay
zz_zdfReadTimeOfDay3 = readS_to_Prec readsPrec

instance Read TimeOfDay where
  readsPrec _ = zz_zdfReadTimeOfDay4

zz_zdfReadLocalTime5 :: ReadS LocalTime
zz_zdfReadLocalTime5 = readShown "%Y-%m-%d %H:%M:%S%Q"

zz_zdfReadLocalTime4 :: ReadS LocalTime
zz_zdfReadLocalTime4 = readParen False zz_zdfReadLocalTime5

zz_zdfReadLocalTime3 :: ReadPrec LocalTime
zz_zdfReadLocalTime3 = readS_to_Prec readsPrec

instance Read LocalTime where
  readsPrec _ = zz_zdfReadLocalTime4

zz_zdfReadTimeZZone5, zz_zdfReadTimeZZone10 :: ReadS TimeZone
zz_zdfReadTimeZZone5 = readShown "%Z"
zz_zdfReadTimeZZone10 = zz_zdfReadTimeZZone5

zz_zdfReadTimeZZone3 :: ReadPrec TimeZone
zz_zdfReadTimeZZone3 = readS_to_Prec readsPrec

instance Read TimeZone where
  readsPrec _ = readParen False zz_zdfReadTimeZZone10

-- | A ZonedTime without parentheses around the whole.
zz_zdfReadUTCTime4 :: ReadS ZonedTime
zz_zdfReadUTCTime4 s =
  [(ZonedTime t z, r2) | (t, r1) <- zz_zdfReadLocalTime4 s, (z, r2) <- readParen False zz_zdfReadTimeZZone5 r1]

zz_zdwzdcreadsPrec2 :: ReadS ZonedTime
zz_zdwzdcreadsPrec2 = readParen False zz_zdfReadUTCTime4

zz_zdfReadZZonedTime3 :: ReadPrec ZonedTime
zz_zdfReadZZonedTime3 = readS_to_Prec readsPrec

instance Read ZonedTime where
  readsPrec _ = zz_zdwzdcreadsPrec2

zz_zdfReadUTCTimezugo2 :: [(ZonedTime, String)] -> [(UTCTime, String)]
zz_zdfReadUTCTimezugo2 rs = [(zonedTimeToUTC t, r) | (t, r) <- rs]

zz_zdwzdcreadsPrec :: ReadS UTCTime
zz_zdwzdcreadsPrec s = zz_zdfReadUTCTimezugo2 (zz_zdwzdcreadsPrec2 s)

zz_zdfReadUTCTime3 :: ReadPrec UTCTime
zz_zdfReadUTCTime3 = readS_to_Prec readsPrec

instance Read UTCTime where
  readsPrec _ = zz_zdwzdcreadsPrec

zz_zdfReadUniversalTimezugo1 :: [(LocalTime, String)] -> [(UniversalTime, String)]
zz_zdfReadUniversalTimezugo1 rs = [(localTimeToUT1 0 t, r) | (t, r) <- rs]

zz_zdwzdcreadsPrec1 :: ReadS UniversalTime
zz_zdwzdcreadsPrec1 s = zz_zdfReadUniversalTimezugo1 (zz_zdfReadLocalTime4 s)

zz_zdfReadUniversalTime3 :: ReadPrec UniversalTime
zz_zdfReadUniversalTime3 = readS_to_Prec readsPrec

instance Read UniversalTime where
  readsPrec _ = zz_zdwzdcreadsPrec1
