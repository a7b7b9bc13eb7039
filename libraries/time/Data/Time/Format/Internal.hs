-- | Clean-room Data.Time.Format.Internal for hs2stg (time-1.9.3): the
-- formatting and parsing classes' methods.
module Data.Time.Format.Internal
  ( FormatTime (..)
  , FormatOptions (..)
  , ParseTime (..)
  ) where

import Data.Time.Format.Format.Class
import Data.Time.Format.Parse.Class
