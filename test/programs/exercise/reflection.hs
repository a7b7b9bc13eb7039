-- Type-level and reflection corners of base: Data.Typeable.Internal's
-- someTypeRep/tyConFingerprint/Ord TypeRep, Data.Type.Equality's
-- testEquality and (:~~:), Data.Type.Coercion, GHC.TypeLits' natVal'/
-- symbolVal', GHC.Records' getField, GHC.OverloadedLabels' fromLabel,
-- Data.Void, Text.Read.Lex's Lexeme/Number, GHC.Show's appPrec and
-- Module/TrName, GHC.Arr's helpers, Data.Data's representations.
{-# LANGUAGE DataKinds, MagicHash, TypeApplications, ScopedTypeVariables, KindSignatures, GADTs, FlexibleInstances, MultiParamTypeClasses, OverloadedLabels, TypeOperators, PolyKinds, DeriveDataTypeable #-}
import Data.Typeable
import qualified Type.Reflection as R
import Data.Type.Equality
import Data.Type.Coercion (Coercion (..), coerceWith, testCoercion)
import GHC.TypeLits
import qualified GHC.TypeNats as N
import GHC.Exts (proxy#, Proxy#)
import GHC.Records (HasField (..))
import GHC.OverloadedLabels (IsLabel (..))
import Data.Void
import qualified Text.Read.Lex as Lex
import Text.ParserCombinators.ReadP (readP_to_S)
import Text.Read (readMaybe, readEither)
import GHC.Show (appPrec, appPrec1)
import qualified GHC.Arr as A
import Data.Data
import Data.List (sort)
import Data.Coerce (coerce)
import qualified Data.Semigroup as S

data Person = Person { name :: String, age :: Int }
newtype Lbl = Lbl String deriving Show
instance KnownSymbol s => IsLabel s Lbl where fromLabel = Lbl (symbolVal (Proxy :: Proxy s))

data T = A Int | B { bx :: Double, by :: Char } | Int :*: Int deriving (Show, Data)
data Wide a b c d e f g = Wide a b c d e f g deriving (Show, Data)

main :: IO ()
main = do
  -- TypeReps and fingerprints
  let reps = [typeRep (Proxy :: Proxy Int), typeRep (Proxy :: Proxy [Char]), typeRep (Proxy :: Proxy Bool), typeOf 'x']
  print (sort reps, maximum reps, compare (head reps) (reps !! 2), reps !! 1 == typeOf "s")
  print (R.someTypeRep (Proxy :: Proxy (Maybe Int)), typeRepTyCon (typeOf (Just ())), typeRepArgs (typeOf (Left 'a' :: Either Char Int)))
  print (tyConName (typeRepTyCon (typeOf True)), tyConModule (typeRepTyCon (typeOf True)), tyConPackage (typeRepTyCon (typeOf (1 :: Int))))
  print (typeRepFingerprint (typeOf (1 :: Int)) == typeRepFingerprint (typeOf (2 :: Int)), R.typeRepKind (R.typeRep @Maybe))
  print (R.withTypeable (R.typeRep @Int) (typeRep (Proxy :: Proxy Int)), eqT :: Maybe (Int :~: Int), eqT :: Maybe (Int :~: Bool))
  print (testEquality (R.typeRep @Int) (R.typeRep @Int), testEquality (R.typeRep @Int) (R.typeRep @Char), HRefl `seq` (), castWith Refl 'c')
  print (HRefl == (HRefl :: Int :~~: Int), compare (HRefl :: Bool :~~: Bool) HRefl, Refl <= (Refl :: () :~: ()), sym Refl `seq` (), trans Refl (Refl :: Int :~: Int))
  print (testCoercion (Refl :: Int :~: Int) Refl, testCoercion (Coercion :: Coercion Int (S.Max Int)) (Coercion :: Coercion Int (S.Min Int)), coerceWith (Coercion :: Coercion (S.Max Int) Int) (S.Max 5), Coercion == (Coercion :: Coercion Int (S.Min Int)))
  print (funResultTy (typeOf not) (typeOf True), splitTyConApp (typeOf (Just [1 :: Int])), gcast (Just 'c') :: Maybe (Maybe Char))
  -- type-level literals
  print (natVal (Proxy :: Proxy 42), symbolVal (Proxy :: Proxy "hello"), natVal' (proxy# :: Proxy# 7), symbolVal' (proxy# :: Proxy# "sym"), N.natVal' (proxy# :: Proxy# 99))
  print (someNatVal 12 >>= \(SomeNat p) -> Just (natVal p), case someSymbolVal "dyn" of SomeSymbol p -> symbolVal p, sameNat (Proxy :: Proxy 3) (Proxy :: Proxy 3))
  -- records and labels
  let p = Person "Ada" 36
  print (getField @"name" p, getField @"age" p, #foo :: Lbl, #bar :: Lbl)
  -- Void
  print (fmap absurd ([] :: [Void]) :: [Int], (readMaybe "x" :: Maybe Void), either absurd id (Right 'v' :: Either Void Char), vacuous (Nothing :: Maybe Void) :: Maybe Int)
  print ((mempty :: [Void]) == [], (readsPrec 0 "" :: [(Void, String)]))
  -- Text.Read.Lex
  let lexes = map (fst . last . readP_to_S Lex.lex) ["123", "0x1F", "1.5e3", "'c'", "\"str\"", "ident", "<=", "(", "12.5"]
  print lexes
  print (Lex.Number (Lex.numberToInteger undefined `seq` undefined) `seq` ()) `seq` return ()
  print [(l == l, l == Lex.EOF) | l <- take 3 lexes]
  print [case l of Lex.Number n -> (Lex.numberToInteger n, Lex.numberToRational n, Lex.numberToRangedRational (-10, 10) n, show n, n == n); _ -> (Nothing, 0, Nothing, "", False) | l <- lexes]
  print (readEither "  7 " :: Either String Int, readEither "7x" :: Either String Int, readMaybe "[1, 2,3]" :: Maybe [Int])
  -- GHC.Show
  print (appPrec, appPrec1, R.typeRepTyCon (R.typeRep @Int) `seq` ())
  -- GHC.Arr helpers
  let arr = A.listArray (0, 4) "hello" :: A.Array Int Char
  print (A.safeIndex (0, 4) 5 3, A.foldrElems' (:) [] arr, A.foldlElems' (flip (:)) [] arr)
  print (A.amap succ arr, A.numElements arr, A.bounds (A.accumArray (+) 0 (1, 3) [(1, 5), (3, 2), (1, 1)] :: A.Array Int Int), A.indices arr)
  print (A.elems (arr A.// [(1, 'a')]), A.accum (\c k -> if k then succ c else c) arr [(0, True), (4, False)] A.! 0, A.ixmap (0, 2) (4 -) arr)
  -- Data.Data representations
  print (dataTypeRep (dataTypeOf (A 1)), map constrRep (dataTypeConstrs (dataTypeOf (A 1))), constrFields (toConstr (B 1 'c')), constrFixity (toConstr (1 :*: 2)))
  print (repConstr (dataTypeOf (A 1)) (AlgConstr 2), (fromConstrM Nothing (toConstr (B 0 'x')) :: Maybe T), (fromConstrM [] (toConstr (A 1)) :: [T]), dataTypeRep (dataTypeOf 'c'), dataTypeRep (dataTypeOf (1.5 :: Double)))
  print (maxConstrIndex (dataTypeOf (A 1)), indexConstr (dataTypeOf (B 1 'q')) 3, isAlgType (dataTypeOf "s"), showConstr (toConstr (Just ())), Prefix == Infix, IntRep == FloatRep, CharRep == CharRep)
  print (gmapQ (const ()) (Wide 'a' () True (1 :: Int) "s" [()] (2.0 :: Double)), toConstr (Wide 'a' 'b' 'c' 'd' 'e' 'f' 'g'), gmapQ (const ()) ((,,,,,) 'a' 'b' 'c' 'd' 'e' 'f'))
  print (dataTypeOf ((,,,,,,) 'a' 'b' 'c' 'd' 'e' 'f' 'g'), (dataCast1 (Just []) :: Maybe (Maybe [Int])), (dataCast2 (Just (Left undefined)) :: Maybe (Maybe (Either Int Char))) `seq` ())
