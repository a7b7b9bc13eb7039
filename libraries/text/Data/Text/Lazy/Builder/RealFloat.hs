{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Builder.RealFloat: floating
-- point numbers as base's formatRealFloat writes them.
module Data.Text.Lazy.Builder.RealFloat
  ( FPFormat (..),
    realFloat,
    formatRealFloat,
    zz_zdwzdsformatRealFloat,
    zz_zdwzdsformatRealFloat1,
  )
where

import Data.Text.Internal.Builder (Builder, fromString)
import qualified GHC.Float as F
import GHC.Exts (Double (..), Double#, Float (..), Float#)

-- | Scientific notation, standard decimal notation, or whichever suits
-- the magnitude (as `show`).
data FPFormat = Exponent | Fixed | Generic
  deriving (Enum, Read, Show)

realFloat :: RealFloat a => a -> Builder
realFloat = formatRealFloat Generic Nothing

-- | As base's formatRealFloat, except that scientific notation shows at
-- least one decimal (`Just 0` gives "3.1e0", as text's).
formatRealFloat :: RealFloat a => FPFormat -> Maybe Int -> a -> Builder
formatRealFloat fmt decs x = fromString (format fmt)
  where
    format Exponent = F.formatRealFloat F.FFExponent (fmap (max 1) decs) x
    format Fixed = F.formatRealFloat F.FFFixed decs x
    format Generic
      | isNaN x || isInfinite x = F.formatRealFloat F.FFGeneric decs x
      | e < 0 || e > 7 = format Exponent
      | otherwise = format Fixed
      where
        e = snd (F.floatToDigits 10 (abs x))

-- | formatRealFloat at Double and Float, unboxed (GHC's specialisations).
zz_zdwzdsformatRealFloat :: FPFormat -> Maybe Int -> Double# -> Builder
zz_zdwzdsformatRealFloat f d x = formatRealFloat f d (D# x)

zz_zdwzdsformatRealFloat1 :: FPFormat -> Maybe Int -> Float# -> Builder
zz_zdwzdsformatRealFloat1 f d x = formatRealFloat f d (F# x)
