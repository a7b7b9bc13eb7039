-- | Clean-room Data.Time.Format for hs2stg (time-1.9.3): formatting (no
-- parsing yet: parseTimeM and the Read instances of the time types are
-- not defined, and a program that uses them stops at link time naming them).
module Data.Time.Format
  ( FormatTime
  , formatTime
  , TimeLocale (..)
  , defaultTimeLocale
  , iso8601DateFormat
  , rfc822DateFormat
  ) where

import Data.Time.Format.Format.Class
import Data.Time.Format.Format.Instances ()
import Data.Time.Format.Locale
