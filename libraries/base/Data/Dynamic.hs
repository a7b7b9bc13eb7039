{-# LANGUAGE GADTs, ScopedTypeVariables, PatternSynonyms, PolyKinds #-}
-- Clean-room Data.Dynamic (base-4.15.1's API), written from its
-- documentation, the interface file (the constructor `Dynamic` holding a
-- `TypeRep a` and the value; the Show and Exception instances) and the
-- behaviour of GHC-compiled programs (the `<<Int>>` form of show, dynApp's
-- error text). Built on base's TypeReps (preludes/base/Data.Typeable*.stg):
-- dynApply takes a function's TypeRep apart with Type.Reflection's `Fun`
-- (its matcher is in Data.Typeable.Internal+Patterns.stg). Compiled into preludes/base/Data.Dynamic.stg by
-- scripts/gen-library-preludes.mjs; the TyCon `$tcDynamic` is base's own
-- (gen-base-tycons.mjs).
module Data.Dynamic
  ( Dynamic (..),
    toDyn,
    fromDyn,
    fromDynamic,
    dynApply,
    dynApp,
    dynTypeRep,
    Typeable,
    -- dynApp's error, which -O1 code calls (dynApp's unfolding)
    zz_dynApp1,
  )
where

import Control.Exception (Exception)
import Data.Kind (Type)
import Data.Type.Equality ((:~~:) (HRefl))
import Type.Reflection
  ( SomeTypeRep (..),
    TypeRep,
    Typeable,
    eqTypeRep,
    typeRep,
    typeRepKind,
    pattern Fun,
  )

data Dynamic where
  Dynamic :: forall a. TypeRep a -> a -> Dynamic

instance Show Dynamic where
  showsPrec _ (Dynamic t _) = showString "<<" . showsPrec 0 t . showString ">>"

instance Exception Dynamic

toDyn :: Typeable a => a -> Dynamic
toDyn v = Dynamic typeRep v

fromDynamic :: forall a. Typeable a => Dynamic -> Maybe a
fromDynamic (Dynamic t v) = case t `eqTypeRep` (typeRep :: TypeRep a) of
  Just HRefl -> Just v
  Nothing -> Nothing

fromDyn :: Typeable a => Dynamic -> a -> a
fromDyn d def = case fromDynamic d of
  Just v -> v
  Nothing -> def

-- f x when f's TypeRep is an unrestricted function of x's type to a type
-- of kind Type.
dynApply :: Dynamic -> Dynamic -> Maybe Dynamic
dynApply (Dynamic (Fun ta tr) f) (Dynamic ta' x)
  | Just HRefl <- ta `eqTypeRep` ta',
    Just HRefl <- typeRepKind tr `eqTypeRep` (typeRep :: TypeRep Type) =
    Just (Dynamic tr (f x))
dynApply _ _ = Nothing

dynApp :: Dynamic -> Dynamic -> Dynamic
dynApp f x = case dynApply f x of
  Just r -> r
  Nothing -> zz_dynApp1 f x

zz_dynApp1 :: Dynamic -> Dynamic -> Dynamic
zz_dynApp1 f x =
    errorWithoutStackTrace
      ( "Type error in dynamic application.\n"
          ++ "Can't apply function "
          ++ show f
          ++ " to argument "
          ++ show x
      )

dynTypeRep :: Dynamic -> SomeTypeRep
dynTypeRep (Dynamic t _) = SomeTypeRep t
