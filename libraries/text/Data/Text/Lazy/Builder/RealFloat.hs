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
    zz_zdwlvl,
    zz_zdfEnumFPFormatzugo9,
    zz_zdfEnumFPFormat5,
    zz_zdfEnumFPFormat6,
  )
where

import Data.Text.Internal.Builder (Builder, fromString)
import Control.Exception (ErrorCall (..), throw)
import qualified GHC.Float as F
import GHC.Exts (Double (..), Double#, Float (..), Float#, Int (..), Int#)

-- | Scientific notation, standard decimal notation, or whichever suits
-- the magnitude (as `show`).
data FPFormat = Exponent | Fixed | Generic
  deriving (Read, Show)

-- | As a derived Enum, whose errors text's name the deriving clause's
-- place in its source (GHC's derived code calls error there).
instance Enum FPFormat where
  fromEnum Exponent = 0
  fromEnum Fixed = 1
  fromEnum Generic = 2
  toEnum 0 = Exponent
  toEnum 1 = Fixed
  toEnum 2 = Generic
  toEnum n = enumError ("toEnum{FPFormat}: tag (" ++ show n ++ ") is outside of enumeration's range (0,2)")
  succ Generic = enumError "succ{FPFormat}: tried to take `succ' of last tag in enumeration"
  succ x = toEnum (fromEnum x + 1)
  pred Exponent = enumError "pred{FPFormat}: tried to take `pred' of first tag in enumeration"
  pred x = toEnum (fromEnum x - 1)
  enumFrom x = map toEnum [fromEnum x .. 2]
  enumFromThen x y = map toEnum [fromEnum x, fromEnum y .. (if fromEnum y >= fromEnum x then 2 else 0)]

enumError :: String -> a
enumError msg =
  throw
    ( ErrorCallWithLocation
        msg
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Lazy/Builder/RealFloat.hs:37:27 in text-1.2.5.0:Data.Text.Lazy.Builder.RealFloat"
    )

-- | $wlvl: toEnum's error for a tag outside FPFormat's range.
zz_zdwlvl :: Int# -> FPFormat
zz_zdwlvl n = toEnum (I# n)

-- | enumFrom's list from a tag on.
zz_zdfEnumFPFormatzugo9 :: Int# -> [FPFormat]
zz_zdfEnumFPFormatzugo9 n = enumFrom (toEnum (I# n))

-- | pred of the first constructor and succ of the last: Enum's errors.
zz_zdfEnumFPFormat5, zz_zdfEnumFPFormat6 :: FPFormat
zz_zdfEnumFPFormat5 = pred Exponent
zz_zdfEnumFPFormat6 = succ Generic
{-# NOINLINE zz_zdfEnumFPFormat5 #-}
{-# NOINLINE zz_zdfEnumFPFormat6 #-}

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
