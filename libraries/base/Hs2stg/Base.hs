-- Base functions of hand-written prelude modules (GHC.Enum, GHC.Show,
-- GHC.Unicode, GHC.Real, Data.Bool, System.IO.Unsafe, Data.Version), written
-- in Haskell from their documentation and observed behaviour (the error
-- texts, the line splitting of showMultiLineString, Unicode 12.1.0).
-- preludes/base/<Module>+Extra.stg give each its GHC name. A module of our
-- own (hs2stg's), compiled into preludes/base/Hs2stg.Base.stg by
-- scripts/gen-library-preludes.mjs.
module Hs2stg.Base
  ( toEnumError,
    fromEnumError,
    toEnumErrorWith,
    fromEnumErrorWith,
    showMultiLineGo,
    protectEsc,
    showMultiLineString,
    wgencat,
    unicodeVersion,
    naturalFromInt,
    rationalPower,
    rationalPowerSigned,
    bool,
  )
where

import Data.Char (GeneralCategory (NotAssigned), chr, generalCategory)
import Data.Version (Version, makeVersion)
import GHC.Show (showLitString)
import Numeric.Natural (Natural)

-- "Enum.toEnum{T}: tag (i) is outside of bounds (lo,hi)"; the -With forms
-- take the Show method instead of the dictionary (GHC's workers)
toEnumError :: Show a => String -> Int -> (a, a) -> b
toEnumError ty i (lo, hi) = toEnumErrorWith showsPrec ty i lo hi

toEnumErrorWith :: (Int -> a -> ShowS) -> String -> Int -> a -> a -> b
toEnumErrorWith sp ty i lo hi =
  errorWithoutStackTrace
    ( "Enum.toEnum{" ++ ty ++ "}: tag (" ++ show i ++ ") is outside of bounds ("
        ++ sp 0 lo ("," ++ sp 0 hi ")")
    )

fromEnumError :: Show a => String -> a -> b
fromEnumError = fromEnumErrorWith show

fromEnumErrorWith :: (a -> String) -> String -> a -> b
fromEnumErrorWith sh ty x =
  errorWithoutStackTrace
    ( "Enum.fromEnum{" ++ ty ++ "}: value (" ++ sh x ++ ") is outside of Int's bounds "
        ++ show (minBound :: Int, maxBound :: Int)
    )

-- f, then "\&" when what follows starts with a character p accepts
protectEsc :: (Char -> Bool) -> ShowS -> ShowS
protectEsc p f = f . guard
  where
    guard s@(c : _) | p c = "\\&" ++ s
    guard s = s

-- A string literal split after each "\n" escape: every line but the last
-- ends in a backslash, and the lines after the first start with one.
showMultiLineString :: String -> [String]
showMultiLineString = showMultiLineGo '"'

-- the lines from one starting with the given character
showMultiLineGo :: Char -> String -> [String]
showMultiLineGo start s = case break (== '\n') s of
  (line, '\n' : rest@(_ : _)) -> (start : showLitString line "\\n\\") : showMultiLineGo '\\' rest
  (line, "\n") -> [start : showLitString line "\\n\""]
  (line, _) -> [start : showLitString line "\""]

-- the general category's number of a code point (NotAssigned outside them)
wgencat :: Int -> Int
wgencat n
  | n < 0 || n > 0x10FFFF = fromEnum NotAssigned
  | otherwise = fromEnum (generalCategory (chr n))

unicodeVersion :: Version
unicodeVersion = makeVersion [12, 1, 0]

-- a negative Int is an arithmetic underflow
naturalFromInt :: Int -> Natural
naturalFromInt = fromIntegral

-- GHC.Real's (^%^) and (^^%^^): (^) and (^^) on Rational
rationalPower :: Integral a => Rational -> a -> Rational
rationalPower = (^)

rationalPowerSigned :: Integral a => Rational -> a -> Rational
rationalPowerSigned = (^^)

bool :: a -> a -> Bool -> a
bool f _ False = f
bool _ t True = t
