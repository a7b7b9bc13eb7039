-- | Clean-room Data.Time.Format.Internal for hs2stg (time-1.9.3): the
-- formatting class's method (the parsing class is not defined yet).
module Data.Time.Format.Internal
  ( FormatTime (..)
  , FormatOptions (..)
  ) where

import Data.Time.Format.Format.Class
