{-# LANGUAGE MagicHash #-}
-- Functions of hand-written prelude modules around Typeable's runtime
-- representations (GHC.Show's Show KindRep and Show TypeLitSort,
-- Data.Typeable.Internal's mkTyCon), written in Haskell over ghc-prim's
-- constructors from their documentation and observed behaviour;
-- `<Module>+Reflection.stg` files give each its GHC name. A module of our
-- own (hs2stg's), compiled into preludes/base/Hs2stg.Reflection.stg by
-- scripts/gen-library-preludes.mjs.
module Hs2stg.Reflection
  ( showsKindRep,
    showsTypeLitSort,
    mkTyCon,
  )
where

import GHC.Exts (Int (I#), unpackCString#)
import GHC.Fingerprint (fingerprintFingerprints, fingerprintString)
import GHC.Fingerprint.Type (Fingerprint (..))
import GHC.Show (showList__)
import GHC.Base (KindRep (..), Module (..), TrName (..), TyCon (..), TypeLitSort (..))
import GHC.Word (Word64 (W64#))

-- as a derived Show would (constructor names, arguments at precedence 11)
showsKindRep :: Int -> KindRep -> ShowS
showsKindRep d k = case k of
  KindRepTyConApp tc ks -> con "KindRepTyConApp " (showsPrec 11 tc . showChar ' ' . showList__ (showsKindRep 0) ks)
  KindRepVar v -> con "KindRepVar " (showsPrec 11 v)
  KindRepApp a b -> con "KindRepApp " (showsKindRep 11 a . showChar ' ' . showsKindRep 11 b)
  KindRepFun a b -> con "KindRepFun " (showsKindRep 11 a . showChar ' ' . showsKindRep 11 b)
  KindRepTYPE r -> con "KindRepTYPE " (showsPrec 11 r)
  KindRepTypeLitS s a -> con "KindRepTypeLitS " (showsTypeLitSort 11 s . showChar ' ' . showsPrec 11 (unpackCString# a))
  KindRepTypeLitD s str -> con "KindRepTypeLitD " (showsTypeLitSort 11 s . showChar ' ' . showsPrec 11 str)
  where
    con name args = showParen (d > 10) (showString name . args)

showsTypeLitSort :: Int -> TypeLitSort -> ShowS
showsTypeLitSort _ TypeLitSymbol = showString "TypeLitSymbol"
showsTypeLitSort _ TypeLitNat = showString "TypeLitNat"

-- a TyCon whose fingerprint is that of its package, module and name's
-- fingerprints (observed: GHC's mkTyCon's)
mkTyCon :: String -> String -> String -> Int -> KindRep -> TyCon
mkTyCon pkg modl name (I# n) kind =
  case fingerprintFingerprints [fingerprintString pkg, fingerprintString modl, fingerprintString name] of
    Fingerprint (W64# hi) (W64# lo) -> TyCon hi lo (Module (TrNameD pkg) (TrNameD modl)) (TrNameD name) n kind
