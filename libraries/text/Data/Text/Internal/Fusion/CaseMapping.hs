{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion.CaseMapping: a
-- character's full case mapping as a stream step, the first character
-- yielded and up to two more kept in the CC state ('\0' = none). The
-- `zz_` bindings are the package's workers (`$wupperMapping` ...), named
-- by scripts/gen-library-preludes.mjs.
module Data.Text.Internal.Fusion.CaseMapping
  ( upperMapping,
    lowerMapping,
    titleMapping,
    foldMapping,
    zz_zdwupperMapping,
    zz_zdwlowerMapping,
    zz_zdwtitleMapping,
    zz_zdwfoldMapping,
  )
where

import qualified Data.Char as C
import Data.Text.Internal.CaseTables
import Data.Text.Internal.Fusion.Types (CC (..), Step (..))
import GHC.Exts (Char (..), Char#)

mapping :: (Char -> String) -> (Char -> Char) -> Char -> s -> (# Char, CC s #)
mapping special simple c s = case special c of
  [] -> (# simple c, CC s '\0' '\0' #)
  [a] -> (# a, CC s '\0' '\0' #)
  [a, b] -> (# a, CC s b '\0' #)
  (a : b : d : _) -> (# a, CC s b d #)

upperMapping, lowerMapping, titleMapping, foldMapping :: Char -> s -> Step (CC s) Char
upperMapping (C# c) s = case zz_zdwupperMapping c s of (# a, b #) -> Yield a b
lowerMapping (C# c) s = case zz_zdwlowerMapping c s of (# a, b #) -> Yield a b
titleMapping (C# c) s = case zz_zdwtitleMapping c s of (# a, b #) -> Yield a b
foldMapping (C# c) s = case zz_zdwfoldMapping c s of (# a, b #) -> Yield a b

zz_zdwupperMapping, zz_zdwlowerMapping, zz_zdwtitleMapping, zz_zdwfoldMapping :: Char# -> s -> (# Char, CC s #)
zz_zdwupperMapping c = mapping upperSpecial C.toUpper (C# c)
zz_zdwlowerMapping c = mapping lowerSpecial C.toLower (C# c)
zz_zdwtitleMapping c = mapping titleSpecial C.toTitle (C# c)
zz_zdwfoldMapping c = mapping foldSpecial C.toLower (C# c)
