-- | Clean-room Data.Time.Format for hs2stg (time-1.9.3): formatting and
-- parsing (Data.Time.Format.Parse).
module Data.Time.Format
  ( FormatTime
  , formatTime
  , TimeLocale (..)
  , defaultTimeLocale
  , iso8601DateFormat
  , rfc822DateFormat
  , parseTimeM
  , parseTimeOrError
  , readSTime
  , readPTime
  , parseTime
  , readTime
  , readsTime
  , ParseTime
  ) where

import Data.Time.Format.Format.Class
import Data.Time.Format.Format.Instances ()
import Data.Time.Format.Locale
import Data.Time.Format.Parse
