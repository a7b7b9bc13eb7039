-- GHC.Generics' representation types as values: the Eq/Ord/Show/Read,
-- Functor/Foldable/Traversable, Applicative/Monad, Semigroup/Monoid
-- instances of M1, K1, Rec1, (:*:), (:+:), (:.:), U1, V1 and URec; the
-- Generic/Generic1 instances of the representation types and of wide
-- tuples; metadata (fixity, strictness, record and newtype flags).
{-# LANGUAGE GADTs, FlexibleInstances, DataKinds, DeriveGeneric, DeriveAnyClass, TypeOperators, MagicHash, KindSignatures, FlexibleContexts, EmptyCase #-}
import GHC.Generics
import GHC.Exts (Ptr (..), Int (I#), Char (C#), Double (D#), Float (F#), Word (W#))
import Data.Functor.Identity

data T a = L a Int | R { rf :: !a, rg :: Maybe a } | a :% a deriving (Show, Generic, Generic1)
infixr 5 :%
newtype N = N Int deriving (Show, Generic)

conInfo :: (Generic a, Rep a ~ D1 d f, Datatype d) => a -> (String, String, Bool)
conInfo x = case from x of m@(M1 _) -> (datatypeName m, moduleName m, isNewtype m)

class Cons f where cons :: f p -> [(String, Fixity, Bool)]
instance (Cons f, Cons g) => Cons (f :+: g) where
  cons (L1 x) = cons x
  cons (R1 x) = cons x
instance Constructor c => Cons (C1 c f) where cons m = [(conName m, conFixity m, conIsRecord m)]

class Sels f where sels :: f p -> [(String, SourceUnpackedness, SourceStrictness, DecidedStrictness)]
instance (Sels f, Sels g) => Sels (f :*: g) where sels (a :*: b) = sels a ++ sels b
instance Selector s => Sels (S1 s f) where sels m = [(selName m, selSourceUnpackedness m, selSourceStrictness m, selDecidedStrictness m)]
instance Sels U1 where sels _ = []

main :: IO ()
main = do
  let k = K1 3 :: K1 R Int ()
      m = M1 (Just 'm') :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) Maybe Char
      r1 = Rec1 [1, 2, 3] :: Rec1 [] Int
      p = Just 1 :*: [2, 3] :: (Maybe :*: []) Int
      s = L1 (Just 'l') :: (Maybe :+: []) Char
      c = Comp1 [Just 1, Nothing, Just 3] :: ([] :.: Maybe) Int
  print (k == K1 3, compare k (K1 4), k, unK1 k, m == m, compare m (M1 Nothing), m, unM1 m)
  print (r1, fmap (* 2) r1, sum r1, compare r1 (Rec1 [1]), r1 == r1, traverse (\x -> Just (x + 1)) r1, unRec1 r1)
  print (fmap succ m, sum (M1 [4, 5] :: M1 D ('MetaData "x" "y" "z" 'False) [] Int), traverse (\x -> [x, x]) m)
  print (pure 'a' :: M1 C ('MetaCons "c" 'PrefixI 'False) Maybe Char, M1 (Just (+ 1)) <*> (M1 (Just 2) :: M1 C ('MetaCons "c" 'PrefixI 'False) Maybe Int))
  print ((M1 [1, 2] :: M1 C ('MetaCons "c" 'PrefixI 'False) [] Int) >>= \x -> M1 [x, x * 10], pure 5 :: Rec1 Maybe Int, Rec1 [(+ 1)] <*> Rec1 [1, 2 :: Int], Rec1 [1, 2] >>= \x -> Rec1 [x, -x :: Int])
  print (M1 "ab" <> M1 "cd" :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) [] Char, Rec1 "x" <> Rec1 "y", mempty :: Rec1 [] Char, K1 "k" <> K1 "1" :: K1 R String (), mempty :: K1 R String ())
  print (Comp1 [Just "a"] <> Comp1 [Nothing], fmap (+ 1) c, sum c, traverse (\x -> Right x :: Either () Int) c, unComp1 c)
  print (fmap negate p, sum p, traverse Just p, p == p, s, fmap succ s, traverse (\x -> [x]) s, sum (R1 [1, 2] :: (Maybe :+: []) Int))
  -- URec: unboxed fields of a representation
  let ui = UInt 3# :: URec Int ()
      uc = UChar 'c'# :: URec Char ()
      ud = UDouble 2.5## :: URec Double ()
      uf = UFloat 1.5# :: URec Float ()
      uw = UWord 7## :: URec Word ()
      ua = UAddr "addr"# :: URec (Ptr ()) ()
  print (ui, uc, ud, uf, uw, ui == ui, compare uc (UChar 'd'#), ud == ud, uf == uf, uw < uw)
  print (I# (uInt# ui), C# (uChar# uc), D# (uDouble# ud), F# (uFloat# uf), W# (uWord# uw), Ptr (uAddr# ua) == (Ptr (uAddr# ua) :: Ptr ()))
  print (fmap id ui, length ud, length uc, traverse (const (Just ())) uf, null uw, ua == ua, compare ua ua)
  -- V1 and U1
  print (U1 == (U1 :: U1 ()), compare U1 (U1 :: U1 Int), U1 :: U1 (), fmap not U1, sum (U1 :: U1 Int), pure () :: U1 (), U1 <> (U1 :: U1 ()))
  print (length (to1 (from1 (Just 'j')) :: Maybe Char), to (from (3 :: Int, 'x')) :: (Int, Char))
  -- Generic instances of the representation types and wide tuples
  print (to (from k) == k, to (from r1) == r1, to1 (from1 r1) == r1)
  print (to1 (from1 ('a', 'b', 'c')) :: (Char, Char, Char), to1 (from1 ((), (), (), (), 'e')) :: ((), (), (), (), Char), to1 (from1 (1, 2, 3, 4, 5, 6)) :: (Int, Int, Int, Int, Int, Int), to1 (from1 ('1', '2', '3', '4', '5', '6', 7)) :: (Char, Char, Char, Char, Char, Char, Int))
  print (to1 (from1 k) == k, to (from p) == p, to1 (from1 p) == p, to (from s) == s, to1 (from1 c) == c, (to1 (from1 (U1 :: U1 ())) :: U1 ()), to1 (from1 ui) == ui, to (from ud) == ud)
  -- metadata
  print (conInfo (N 1), conInfo (L 'x' 1), cons (unM1 (from (L 'x' 1))), cons (unM1 (from ('a' :% 'b'))), cons (unM1 (from (R 'r' Nothing))))
  print (case from (R 'r' (Just 's')) of M1 (R1 (L1 c')) -> sels (unM1 c'); _ -> [])
  print (NoSourceUnpackedness == SourceUnpack, minBound :: DecidedStrictness, [minBound .. maxBound :: DecidedStrictness], LeftAssociative == RightAssociative, compare SourceLazy SourceStrict)
  print (Prefix, Infix LeftAssociative 4, prec (Infix RightAssociative 7), DecidedUnpack, SourceNoUnpack, from DecidedStrict, from SourceUnpack, from NoSourceStrictness)
