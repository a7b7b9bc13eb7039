{-# LANGUAGE MagicHash, EmptyCase, DeriveGeneric, TypeOperators, FlexibleContexts, DataKinds, KindSignatures #-}
-- GHC.Generics' unboxed-field representation types (URec: UInt, UChar,
-- UDouble, UFloat, UWord, UAddr) and the empty type V1: their Eq, Ord,
-- Show, Functor, Foldable, Traversable and Generic/Generic1 instances, and
-- the metadata class defaults (conFixity, conIsRecord, isNewtype).
import GHC.Generics
import GHC.Exts hiding (toList)
import Data.Foldable (toList)

data Op = Int :+: Int | Plain Int deriving (Generic, Show)
infixl 6 :+:
newtype Wrap = Wrap Int deriving Generic
data Rec = Rec { field :: Int } deriving Generic

data P3 c (f :: * -> *) a = P3
data Meta1
instance Constructor Meta1 where conName _ = "Meta1"
data MetaD
instance Datatype MetaD where
  datatypeName _ = "MetaD"
  moduleName _ = "Main"

ui, ui2 :: URec Int p
ui = UInt 3#
ui2 = UInt 5#
uc :: URec Char p
uc = UChar 'x'#
ud :: URec Double p
ud = UDouble 2.5##
uf :: URec Float p
uf = UFloat 1.5#
uw :: URec Word p
uw = UWord 7##

main :: IO ()
main = do
  print (ui :: URec Int (), uc :: URec Char (), ud :: URec Double Int, uf :: URec Float Bool, uw :: URec Word ())
  print (ui == (ui2 :: URec Int ()), ui < (ui2 :: URec Int ()), compare uc (UChar 'a'# :: URec Char ()), max ud (UDouble 1.0## :: URec Double ()), uf <= (uf :: URec Float ()), uw /= (UWord 8## :: URec Word ()))
  print (fmap (+ 1) (ui :: URec Int Int), fmap not (uc :: URec Char Bool), fmap id (ud :: URec Double ()), fmap show (uf :: URec Float Int), fmap length (uw :: URec Word [Int]))
  print (toList (ui :: URec Int ()), sum (ud :: URec Double Int), length (uc :: URec Char ()), null (uf :: URec Float ()), foldr (:) [] (uw :: URec Word Char))
  print (traverse Just (ui :: URec Int Int), sequenceA (uc :: URec Char (Maybe Int)), traverse (\x -> [x, x]) (ud :: URec Double Int), mapM Just (uf :: URec Float Int), traverse Right (uw :: URec Word ()) :: Either () (URec Word ()))
  print (from (ui :: URec Int ()), to (from uc) == (uc :: URec Char ()), from1 (ud :: URec Double ()), to1 (from1 uw) == (uw :: URec Word ()))
  print (I# (uInt# ui), isTrue# (uChar# uc `eqChar#` 'x'#), D# (uDouble# ud), F# (uFloat# uf), W# (uWord# uw))
  let sel = conFixity (P3 :: P3 Meta1 U1 ())
  print (sel, conIsRecord (P3 :: P3 Meta1 U1 ()), isNewtype (P3 :: P3 MetaD U1 ()))
  case from (1 :+: 2) of
    M1 (L1 c) -> print (conName c, conFixity c, conIsRecord c)
    M1 (R1 c) -> print (conName c)
  print (isNewtype (from (Wrap 1)), isNewtype (from (1 :+: 2)), conIsRecord (unM1 (from (Rec 1))))
  let v = [] :: [V1 ()]
  print (v == v, compare v v, show v, fmap (fmap id) v, concatMap toList v :: [()], length (concatMap (traverse (: [])) v))
  print (from1 (Just 'a'), (to1 (M1 (L1 (M1 U1))) :: Maybe ()))
  print (M1 (K1 'a') == (M1 (K1 'a') :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) (K1 R Char) ()))
