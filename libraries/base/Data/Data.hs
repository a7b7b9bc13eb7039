{-# LANGUAGE RankNTypes, ScopedTypeVariables, PolyKinds, FlexibleContexts,
             KindSignatures #-}
-- Clean-room Data.Data (base-4.15.1's API), written from its documentation,
-- from `ghc --show-iface` of the installed interface (the class with its
-- method order, the data types Constr / DataType / ConstrRep / DataRep /
-- Fixity with their field order, the instance list with each instance's
-- context) and from the behaviour of GHC-compiled programs (the names
-- dataTypeOf gives: "Prelude.Int", "Maybe", "Prelude.[]"...). It is compiled
-- into preludes/base/Data.Data.stg by scripts/gen-library-preludes.mjs;
-- GHC-compiled user code (derived instances call mkConstr, mkDataType,
-- $dmgmapT...) links against it by name. The Typeable side is base's own
-- (preludes/base/Data.Typeable*.stg).
module Data.Data
  ( module Data.Typeable,
    Data (..),
    -- * Datatype representations
    DataType,
    mkDataType,
    mkIntType,
    mkFloatType,
    mkCharType,
    mkNoRepType,
    dataTypeName,
    DataRep (..),
    dataTypeRep,
    repConstr,
    isAlgType,
    dataTypeConstrs,
    indexConstr,
    maxConstrIndex,
    isNorepType,
    -- * Constructor representations
    Constr,
    ConIndex,
    Fixity (..),
    mkConstr,
    mkIntegralConstr,
    mkRealConstr,
    mkCharConstr,
    constrType,
    ConstrRep (..),
    constrRep,
    constrFields,
    constrFixity,
    constrIndex,
    showConstr,
    readConstr,
    tyconUQname,
    tyconModule,
    fromConstr,
    fromConstrB,
    fromConstrM,
    -- Not exported by base, but top-level names its -O1 code refers to
    -- (the constructors and data types of the list, Ratio and number
    -- instances).
    nilConstr,
    consConstr,
    ratioConstr,
    ratioDataType,
    zz_zdfDataRatio7,
    listDataType,
    charType,
    floatType,
    doubleType,
    intType,
    integerType,
    naturalType,
    int8Type,
    int16Type,
    int32Type,
    int64Type,
    wordType,
    word8Type,
    word16Type,
    word32Type,
    word64Type, gmapMpWith, gmapMoWith, -- (at the end)
    -- (the default gmapQi's failure, which instances in other modules inline)
    gmapQiFailure,
  )
where

import Control.Monad (MonadPlus (..))
import Data.Functor.Const (Const (..))
import Data.Functor.Identity (Identity (..))
import Data.Int (Int16, Int32, Int64, Int8)
import Data.List.NonEmpty (NonEmpty (..))
import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)
import Data.Monoid (All (..), Any (..), Dual (..), First (..), Last (..), Product (..), Sum (..))
import Data.Ord (Down (..))
import Data.Ratio (Ratio, denominator, numerator, (%))
import Data.Typeable
import Data.Version (Version (..))
import Data.Word (Word16, Word32, Word64, Word8)
import Numeric.Natural (Natural)

-- ------------------------------------------------------------------ the class

class Typeable a => Data a where
  gfoldl ::
    (forall d b. Data d => c (d -> b) -> d -> c b) ->
    (forall g. g -> c g) ->
    a ->
    c a
  gfoldl _ z = z

  gunfold ::
    (forall b r. Data b => c (b -> r) -> c r) ->
    (forall r. r -> c r) ->
    Constr ->
    c a

  toConstr :: a -> Constr

  dataTypeOf :: a -> DataType

  dataCast1 :: Typeable t => (forall d. Data d => c (t d)) -> Maybe (c a)
  dataCast1 _ = Nothing

  dataCast2 :: Typeable t => (forall d e. (Data d, Data e) => c (t d e)) -> Maybe (c a)
  dataCast2 _ = Nothing

  gmapT :: (forall b. Data b => b -> b) -> a -> a
  gmapT f x = runIdent (gfoldl (\(Ident c) y -> Ident (c (f y))) Ident x)

  gmapQl :: (r -> r' -> r) -> r -> (forall d. Data d => d -> r') -> a -> r
  gmapQl o r f x = runConst (gfoldl (\(Konst acc) y -> Konst (acc `o` f y)) (\_ -> Konst r) x)

  gmapQr :: forall r r'. (r' -> r -> r) -> r -> (forall d. Data d => d -> r') -> a -> r
  gmapQr o r0 f x = unQr (gfoldl step (\_ -> Qr id) x) r0
    where
      step :: Data d => Qr r (d -> b) -> d -> Qr r b
      step (Qr c) y = Qr (\r -> c (f y `o` r))

  gmapQ :: (forall d. Data d => d -> u) -> a -> [u]
  gmapQ f = gmapQr (:) [] f

  gmapQi :: forall u. Int -> (forall d. Data d => d -> u) -> a -> u
  gmapQi i f x = case gfoldl step (\_ -> Qi 0 Nothing) x of
    Qi _ q -> maybe gmapQiFailure id q
    where
      step :: Data d => Qi u (d -> b) -> d -> Qi u b
      step (Qi n q) y = Qi (n + 1) (if i == n then Just (f y) else q)

  gmapM :: forall m. Monad m => (forall d. Data d => d -> m d) -> a -> m a
  gmapM f = gfoldl step return
    where
      step :: Data d => m (d -> b) -> d -> m b
      step c y = do
        c' <- c
        y' <- f y
        return (c' y')

  gmapMp :: forall m. MonadPlus m => (forall d. Data d => d -> m d) -> a -> m a
  gmapMp f x = unMp (gfoldl step (\g -> Mp (return (g, False))) x) >>= finish
    where
      step :: Data d => Mp m (d -> b) -> d -> Mp m b
      step (Mp c) y =
        Mp (c >>= \(h, b) -> (f y >>= \y' -> return (h y', True)) `mplus` return (h y, b))
      finish (x', b) = if b then return x' else mzero

  gmapMo :: forall m. MonadPlus m => (forall d. Data d => d -> m d) -> a -> m a
  gmapMo f x = unMp (gfoldl step (\g -> Mp (return (g, False))) x) >>= finish
    where
      step :: Data d => Mp m (d -> b) -> d -> Mp m b
      step (Mp c) y =
        Mp
          ( c >>= \(h, b) ->
              if b
                then return (h y, b)
                else (f y >>= \y' -> return (h y', True)) `mplus` return (h y, b)
          )
      finish (x', b) = if b then return x' else mzero

-- gmapQi past the last field: base's `fromJust Nothing`, with the call
-- stack GHC's programs report (its fromJust call in Data/Data.hs).
gmapQiFailure :: a
gmapQiFailure =
  throw
    ( ErrorCallWithLocation
        "Maybe.fromJust: Nothing"
        ( "CallStack (from HasCallStack):\n"
            ++ "  error, called at libraries/base/Data/Maybe.hs:148:21 in base:Data.Maybe\n"
            ++ "  fromJust, called at libraries/base/Data/Data.hs:369:51 in base:Data.Data"
        )
    )

-- The carriers of the default methods (Qi, Qr and Mp are base's, which -O1
-- user code builds itself).
newtype Ident x = Ident {runIdent :: x}

newtype Konst c a = Konst {runConst :: c}

data Qi q a = Qi Int (Maybe q)

newtype Qr r a = Qr {unQr :: r -> r}

newtype Mp m x = Mp {unMp :: m (x, Bool)}

-- ------------------------------------------------------------------ building terms

-- | Build a term skeleton: every field 'undefined'.
fromConstr :: Data a => Constr -> a
fromConstr = fromConstrB (errorWithoutStackTrace "Data.Data.fromConstr")

-- | Build a term, each field from the given generic value.
fromConstrB :: Data a => (forall d. Data d => d) -> Constr -> a
fromConstrB f = runIdent . gunfold (\(Ident c) -> Ident (c f)) Ident

-- | Monadic variation on 'fromConstrB'.
fromConstrM :: forall m a. (Monad m, Data a) => (forall d. Data d => m d) -> Constr -> m a
fromConstrM f = gunfold k return
  where
    k :: Data b => m (b -> r) -> m r
    k c = do
      c' <- c
      b <- f
      return (c' b)

-- ------------------------------------------------------------------ representations

data DataType = DataType
  { tycon :: String,
    datarep :: DataRep
  }
  deriving (Show)

data Constr = Constr
  { conrep :: ConstrRep,
    constring :: String,
    confields :: [String],
    confixity :: Fixity,
    datatype :: DataType
  }

-- | Shown as its name.
instance Show Constr where
  showsPrec _ c = showString (showConstr c)

-- | Constructors are equal when their representations are (whatever their
-- data types: Int's 1 equals Integer's 1, as with GHC).
instance Eq Constr where
  c == c' = constrRep c == constrRep c'

data DataRep
  = AlgRep [Constr]
  | IntRep
  | FloatRep
  | CharRep
  | NoRep
  deriving (Eq, Show)

data ConstrRep
  = AlgConstr ConIndex
  | IntConstr Integer
  | FloatConstr Rational
  | CharConstr Char
  deriving (Eq, Show)

type ConIndex = Int

data Fixity = Prefix | Infix
  deriving (Eq, Show)

dataTypeName :: DataType -> String
dataTypeName = tycon

dataTypeRep :: DataType -> DataRep
dataTypeRep = datarep

constrType :: Constr -> DataType
constrType = datatype

constrRep :: Constr -> ConstrRep
constrRep = conrep

-- | The constructor for a representation of a data type.
repConstr :: DataType -> ConstrRep -> Constr
repConstr dt cr = case (dataTypeRep dt, cr) of
  (AlgRep cs, AlgConstr i) -> cs !! (i - 1)
  (IntRep, IntConstr i) -> mkIntegralConstr dt i
  (FloatRep, FloatConstr f) -> mkRealConstr dt f
  (CharRep, CharConstr c) -> mkCharConstr dt c
  _ -> errorWithoutStackTrace "Data.Data.repConstr: The given ConstrRep does not fit to the given DataType."

mkDataType :: String -> [Constr] -> DataType
mkDataType str cs = DataType {tycon = str, datarep = AlgRep cs}

-- | A constructor of an algebraic data type: its index is its position in
-- the data type's constructor list (found by name).
mkConstr :: DataType -> String -> [String] -> Fixity -> Constr
mkConstr dt str fields fix =
  Constr
    { conrep = AlgConstr idx,
      constring = str,
      confields = fields,
      confixity = fix,
      datatype = dt
    }
  where
    idx = case [i | (c, i) <- zip (dataTypeConstrs dt) [1 ..], showConstr c == str] of
      (i : _) -> i
      [] -> errorWithoutStackTrace ("Data.Data.mkConstr: couldn't find constructor " ++ str)

dataTypeConstrs :: DataType -> [Constr]
dataTypeConstrs dt = case datarep dt of
  AlgRep cons -> cons
  _ ->
    errorWithoutStackTrace
      ( "Data.Data.dataTypeConstrs is not supported for "
          ++ dataTypeName dt
          ++ ", as it is not an algebraic data type."
      )

constrFields :: Constr -> [String]
constrFields = confields

constrFixity :: Constr -> Fixity
constrFixity = confixity

showConstr :: Constr -> String
showConstr = constring

-- | The constructor of a data type with the given name (or literal).
readConstr :: DataType -> String -> Maybe Constr
readConstr dt str = case dataTypeRep dt of
  AlgRep cons -> case filter ((== str) . showConstr) cons of
    (c : _) -> Just c
    [] -> Nothing
  IntRep -> prim (\i -> mkPrimCon dt str (IntConstr i)) (reads str :: [(Integer, String)])
  FloatRep -> prim (\d -> mkPrimCon dt str (FloatConstr (toRational d))) (reads str :: [(Double, String)])
  CharRep -> prim (\c -> mkPrimCon dt str (CharConstr c)) (reads str :: [(Char, String)])
  NoRep -> Nothing
  where
    prim :: (t -> Constr) -> [(t, String)] -> Maybe Constr
    prim f [(t, "")] = Just (f t)
    prim _ _ = Nothing

isAlgType :: DataType -> Bool
isAlgType dt = case datarep dt of
  AlgRep _ -> True
  _ -> False

indexConstr :: DataType -> ConIndex -> Constr
indexConstr dt idx = case datarep dt of
  AlgRep cs -> cs !! (idx - 1)
  _ ->
    errorWithoutStackTrace
      ( "Data.Data.indexConstr is not supported for "
          ++ dataTypeName dt
          ++ ", as it is not an algebraic data type."
      )

constrIndex :: Constr -> ConIndex
constrIndex con = case constrRep con of
  AlgConstr idx -> idx
  _ ->
    errorWithoutStackTrace
      ( "Data.Data.constrIndex is not supported for "
          ++ dataTypeName (constrType con)
          ++ ", as it is not an algebraic data type."
      )

maxConstrIndex :: DataType -> ConIndex
maxConstrIndex dt = case dataTypeRep dt of
  AlgRep cs -> length cs
  _ ->
    errorWithoutStackTrace
      ( "Data.Data.maxConstrIndex is not supported for "
          ++ dataTypeName dt
          ++ ", as it is not an algebraic data type."
      )

mkIntType :: String -> DataType
mkIntType = mkPrimType IntRep

mkFloatType :: String -> DataType
mkFloatType = mkPrimType FloatRep

mkCharType :: String -> DataType
mkCharType = mkPrimType CharRep

mkNoRepType :: String -> DataType
mkNoRepType str = DataType {tycon = str, datarep = NoRep}

isNorepType :: DataType -> Bool
isNorepType dt = case datarep dt of
  NoRep -> True
  _ -> False

mkPrimType :: DataRep -> String -> DataType
mkPrimType dr str = DataType {tycon = str, datarep = dr}

mkPrimCon :: DataType -> String -> ConstrRep -> Constr
mkPrimCon dt str cr =
  Constr
    { datatype = dt,
      conrep = cr,
      constring = str,
      confields = errorWithoutStackTrace "Data.Data.confields",
      confixity = errorWithoutStackTrace "Data.Data.confixity"
    }

mkIntegralConstr :: (Integral a, Show a) => DataType -> a -> Constr
mkIntegralConstr dt i = case datarep dt of
  IntRep -> mkPrimCon dt (show i) (IntConstr (toInteger i))
  _ -> errorWithoutStackTrace ("Data.Data.mkIntegralConstr is not supported for " ++ dataTypeName dt ++ ", as it is not an Integral data type.")

mkRealConstr :: (Real a, Show a) => DataType -> a -> Constr
mkRealConstr dt f = case datarep dt of
  FloatRep -> mkPrimCon dt (show f) (FloatConstr (toRational f))
  _ -> errorWithoutStackTrace ("Data.Data.mkRealConstr is not supported for " ++ dataTypeName dt ++ ", as it is not a Real data type.")

mkCharConstr :: DataType -> Char -> Constr
mkCharConstr dt c = case datarep dt of
  CharRep -> mkPrimCon dt (show c) (CharConstr c)
  _ -> errorWithoutStackTrace ("Data.Data.mkCharConstr is not supported for " ++ dataTypeName dt ++ ", as it is not an Char data type.")

-- | The unqualified part of a type constructor name.
tyconUQname :: String -> String
tyconUQname x = case break (== '.') x of
  (_, "") -> x
  (_, _ : rest) -> tyconUQname rest

-- | The module part of a type constructor name ("" when unqualified).
tyconModule :: String -> String
tyconModule x = case break (== '.') x of
  (_, "") -> ""
  (a, _ : rest) -> case tyconModule rest of
    "" -> a
    m -> a ++ "." ++ m

-- ------------------------------------------------------------------ primitive instances

-- `what`: the type's name as the message ends (GHC's has a final dot but
-- for Word and Natural)
primUnfold :: String -> (ConstrRep -> Maybe a) -> (forall r. r -> c r) -> Constr -> c a
primUnfold what f z c = case f (constrRep c) of
  Just v -> z v
  Nothing ->
    errorWithoutStackTrace
      ("Data.Data.gunfold: Constructor " ++ show c ++ " is not of type " ++ what)

intUnfold :: Num a => String -> (forall r. r -> c r) -> Constr -> c a
intUnfold what = primUnfold what (\r -> case r of IntConstr x -> Just (fromIntegral x); _ -> Nothing)

floatUnfold :: Fractional a => String -> (forall r. r -> c r) -> Constr -> c a
floatUnfold what = primUnfold what (\r -> case r of FloatConstr x -> Just (fromRational x); _ -> Nothing)

boolDataType :: DataType
boolDataType = mkDataType "Bool" [falseConstr, trueConstr]

falseConstr, trueConstr :: Constr
falseConstr = mkConstr boolDataType "False" [] Prefix
trueConstr = mkConstr boolDataType "True" [] Prefix

instance Data Bool where
  toConstr False = falseConstr
  toConstr True = trueConstr
  gunfold _ z c = case constrIndex c of
    1 -> z False
    2 -> z True
    _ -> errorWithoutStackTrace ("Data.Data.gunfold: Constructor " ++ show c ++ " is not of type Bool.")
  dataTypeOf _ = boolDataType

charType :: DataType
charType = mkCharType "Prelude.Char"

instance Data Char where
  toConstr = mkCharConstr charType
  gunfold _ z c = primUnfold "Char." (\r -> case r of CharConstr x -> Just x; _ -> Nothing) z c
  dataTypeOf _ = charType

floatType :: DataType
floatType = mkFloatType "Prelude.Float"

instance Data Float where
  toConstr = mkRealConstr floatType
  gunfold _ z c = floatUnfold "Float." z c
  dataTypeOf _ = floatType

doubleType :: DataType
doubleType = mkFloatType "Prelude.Double"

instance Data Double where
  toConstr = mkRealConstr doubleType
  gunfold _ z c = floatUnfold "Double." z c
  dataTypeOf _ = doubleType

intType :: DataType
intType = mkIntType "Prelude.Int"

instance Data Int where
  toConstr = mkIntegralConstr intType
  gunfold _ z c = intUnfold "Int." z c
  dataTypeOf _ = intType

integerType :: DataType
integerType = mkIntType "Prelude.Integer"

instance Data Integer where
  toConstr = mkIntegralConstr integerType
  gunfold _ z c = intUnfold "Integer." z c
  dataTypeOf _ = integerType

naturalType :: DataType
naturalType = mkIntType "Numeric.Natural.Natural"

instance Data Natural where
  toConstr = mkIntegralConstr naturalType
  gunfold _ z c = intUnfold "Natural" z c
  dataTypeOf _ = naturalType

int8Type, int16Type, int32Type, int64Type :: DataType
int8Type = mkIntType "Data.Int.Int8"
int16Type = mkIntType "Data.Int.Int16"
int32Type = mkIntType "Data.Int.Int32"
int64Type = mkIntType "Data.Int.Int64"

instance Data Int8 where
  toConstr = mkIntegralConstr int8Type
  gunfold _ z c = intUnfold "Int8." z c
  dataTypeOf _ = int8Type

instance Data Int16 where
  toConstr = mkIntegralConstr int16Type
  gunfold _ z c = intUnfold "Int16." z c
  dataTypeOf _ = int16Type

instance Data Int32 where
  toConstr = mkIntegralConstr int32Type
  gunfold _ z c = intUnfold "Int32." z c
  dataTypeOf _ = int32Type

instance Data Int64 where
  toConstr = mkIntegralConstr int64Type
  gunfold _ z c = intUnfold "Int64." z c
  dataTypeOf _ = int64Type

wordType, word8Type, word16Type, word32Type, word64Type :: DataType
wordType = mkIntType "Data.Word.Word"
word8Type = mkIntType "Data.Word.Word8"
word16Type = mkIntType "Data.Word.Word16"
word32Type = mkIntType "Data.Word.Word32"
word64Type = mkIntType "Data.Word.Word64"

instance Data Word where
  toConstr = mkIntegralConstr wordType
  gunfold _ z c = intUnfold "Word" z c
  dataTypeOf _ = wordType

instance Data Word8 where
  toConstr = mkIntegralConstr word8Type
  gunfold _ z c = intUnfold "Word8." z c
  dataTypeOf _ = word8Type

instance Data Word16 where
  toConstr = mkIntegralConstr word16Type
  gunfold _ z c = intUnfold "Word16." z c
  dataTypeOf _ = word16Type

instance Data Word32 where
  toConstr = mkIntegralConstr word32Type
  gunfold _ z c = intUnfold "Word32." z c
  dataTypeOf _ = word32Type

instance Data Word64 where
  toConstr = mkIntegralConstr word64Type
  gunfold _ z c = intUnfold "Word64." z c
  dataTypeOf _ = word64Type

-- ------------------------------------------------------------------ algebraic instances

ratioConstr :: Constr
ratioConstr = mkConstr ratioDataType ":%" [] Infix

ratioDataType :: DataType
ratioDataType = mkDataType "GHC.Real.Ratio" [ratioConstr]

-- | Through (%), so that the invariant holds.
instance (Data a, Integral a) => Data (Ratio a) where
  gfoldl k z r = z (%) `k` numerator r `k` denominator r
  toConstr _ = ratioConstr
  gunfold k z c
    | constrIndex c == 1 = k (k (z (%)))
    | otherwise = zz_zdfDataRatio7
  dataTypeOf _ = ratioDataType

-- | gunfold on a constructor index but 1: the failure GHC floats out of
-- the instance as `$fDataRatio7`.
zz_zdfDataRatio7 :: a
zz_zdfDataRatio7 = errorWithoutStackTrace "Data.Data.gunfold(Ratio)"

nilConstr, consConstr :: Constr
nilConstr = mkConstr listDataType "[]" [] Prefix
consConstr = mkConstr listDataType "(:)" [] Infix

listDataType :: DataType
listDataType = mkDataType "Prelude.[]" [nilConstr, consConstr]

instance Data a => Data [a] where
  gfoldl _ z [] = z []
  gfoldl f z (x : xs) = z (:) `f` x `f` xs
  toConstr [] = nilConstr
  toConstr (_ : _) = consConstr
  gunfold k z c = case constrIndex c of
    1 -> z []
    2 -> k (k (z (:)))
    _ -> errorWithoutStackTrace "Data.Data.gunfold(List)"
  dataTypeOf _ = listDataType
  dataCast1 f = gcast1 f

nothingConstr, justConstr :: Constr
nothingConstr = mkConstr maybeDataType "Nothing" [] Prefix
justConstr = mkConstr maybeDataType "Just" [] Prefix

maybeDataType :: DataType
maybeDataType = mkDataType "Maybe" [nothingConstr, justConstr]

instance Data a => Data (Maybe a) where
  gfoldl _ z Nothing = z Nothing
  gfoldl f z (Just x) = z Just `f` x
  toConstr Nothing = nothingConstr
  toConstr (Just _) = justConstr
  gunfold k z c = case constrIndex c of
    1 -> z Nothing
    2 -> k (z Just)
    _ -> errorWithoutStackTrace "Data.Data.gunfold(Maybe)"
  dataTypeOf _ = maybeDataType
  dataCast1 f = gcast1 f

ltConstr, eqConstr, gtConstr :: Constr
ltConstr = mkConstr orderingDataType "LT" [] Prefix
eqConstr = mkConstr orderingDataType "EQ" [] Prefix
gtConstr = mkConstr orderingDataType "GT" [] Prefix

orderingDataType :: DataType
orderingDataType = mkDataType "Ordering" [ltConstr, eqConstr, gtConstr]

instance Data Ordering where
  gfoldl _ z LT = z LT
  gfoldl _ z EQ = z EQ
  gfoldl _ z GT = z GT
  toConstr LT = ltConstr
  toConstr EQ = eqConstr
  toConstr GT = gtConstr
  gunfold _ z c = case constrIndex c of
    1 -> z LT
    2 -> z EQ
    3 -> z GT
    _ -> errorWithoutStackTrace "Data.Data.gunfold(Ordering)"
  dataTypeOf _ = orderingDataType

leftConstr, rightConstr :: Constr
leftConstr = mkConstr eitherDataType "Left" [] Prefix
rightConstr = mkConstr eitherDataType "Right" [] Prefix

eitherDataType :: DataType
eitherDataType = mkDataType "Either" [leftConstr, rightConstr]

instance (Data a, Data b) => Data (Either a b) where
  gfoldl f z (Left a) = z Left `f` a
  gfoldl f z (Right a) = z Right `f` a
  toConstr (Left _) = leftConstr
  toConstr (Right _) = rightConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z Left)
    2 -> k (z Right)
    _ -> errorWithoutStackTrace "Data.Data.gunfold(Either)"
  dataTypeOf _ = eitherDataType
  dataCast2 f = gcast2 f

tuple0Constr :: Constr
tuple0Constr = mkConstr tuple0DataType "()" [] Prefix

tuple0DataType :: DataType
tuple0DataType = mkDataType "()" [tuple0Constr]

instance Data () where
  toConstr () = tuple0Constr
  gunfold _ z c
    | constrIndex c == 1 = z ()
    | otherwise = errorWithoutStackTrace "Data.Data.gunfold(unit)"
  dataTypeOf _ = tuple0DataType

tuple2Constr :: Constr
tuple2Constr = mkConstr tuple2DataType "(,)" [] Prefix

tuple2DataType :: DataType
tuple2DataType = mkDataType "(,)" [tuple2Constr]

instance (Data a, Data b) => Data (a, b) where
  gfoldl f z (a, b) = z (,) `f` a `f` b
  toConstr (_, _) = tuple2Constr
  gunfold k z c
    | constrIndex c == 1 = k (k (z (,)))
    | otherwise = errorWithoutStackTrace "Data.Data.gunfold(tup2)"
  dataTypeOf _ = tuple2DataType
  dataCast2 f = gcast2 f

tuple3Constr :: Constr
tuple3Constr = mkConstr tuple3DataType "(,,)" [] Prefix

tuple3DataType :: DataType
tuple3DataType = mkDataType "(,,)" [tuple3Constr]

instance (Data a, Data b, Data c) => Data (a, b, c) where
  gfoldl f z (a, b, c) = z (,,) `f` a `f` b `f` c
  toConstr (_, _, _) = tuple3Constr
  gunfold k z c
    | constrIndex c == 1 = k (k (k (z (,,))))
    | otherwise = errorWithoutStackTrace "Data.Data.gunfold(tup3)"
  dataTypeOf _ = tuple3DataType

tuple4Constr :: Constr
tuple4Constr = mkConstr tuple4DataType "(,,,)" [] Prefix

tuple4DataType :: DataType
tuple4DataType = mkDataType "(,,,)" [tuple4Constr]

instance (Data a, Data b, Data c, Data d) => Data (a, b, c, d) where
  gfoldl f z (a, b, c, d) = z (,,,) `f` a `f` b `f` c `f` d
  toConstr (_, _, _, _) = tuple4Constr
  gunfold k z c = case constrIndex c of
    1 -> k (k (k (k (z (,,,)))))
    _ -> errorWithoutStackTrace "Data.Data.gunfold(tup4)"
  dataTypeOf _ = tuple4DataType

tuple5Constr :: Constr
tuple5Constr = mkConstr tuple5DataType "(,,,,)" [] Prefix

tuple5DataType :: DataType
tuple5DataType = mkDataType "(,,,,)" [tuple5Constr]

instance (Data a, Data b, Data c, Data d, Data e) => Data (a, b, c, d, e) where
  gfoldl f z (a, b, c, d, e) = z (,,,,) `f` a `f` b `f` c `f` d `f` e
  toConstr (_, _, _, _, _) = tuple5Constr
  gunfold k z c = case constrIndex c of
    1 -> k (k (k (k (k (z (,,,,))))))
    _ -> errorWithoutStackTrace "Data.Data.gunfold(tup5)"
  dataTypeOf _ = tuple5DataType

tuple6Constr :: Constr
tuple6Constr = mkConstr tuple6DataType "(,,,,,)" [] Prefix

tuple6DataType :: DataType
tuple6DataType = mkDataType "(,,,,,)" [tuple6Constr]

instance (Data a, Data b, Data c, Data d, Data e, Data f) => Data (a, b, c, d, e, f) where
  gfoldl f z (a, b, c, d, e, f') = z (,,,,,) `f` a `f` b `f` c `f` d `f` e `f` f'
  toConstr (_, _, _, _, _, _) = tuple6Constr
  gunfold k z c = case constrIndex c of
    1 -> k (k (k (k (k (k (z (,,,,,)))))))
    _ -> errorWithoutStackTrace "Data.Data.gunfold(tup6)"
  dataTypeOf _ = tuple6DataType

tuple7Constr :: Constr
tuple7Constr = mkConstr tuple7DataType "(,,,,,,)" [] Prefix

tuple7DataType :: DataType
tuple7DataType = mkDataType "(,,,,,,)" [tuple7Constr]

instance (Data a, Data b, Data c, Data d, Data e, Data f, Data g) => Data (a, b, c, d, e, f, g) where
  gfoldl f z (a, b, c, d, e, f', g) = z (,,,,,,) `f` a `f` b `f` c `f` d `f` e `f` f' `f` g
  toConstr (_, _, _, _, _, _, _) = tuple7Constr
  gunfold k z c = case constrIndex c of
    1 -> k (k (k (k (k (k (k (z (,,,,,,))))))))
    _ -> errorWithoutStackTrace "Data.Data.gunfold(tup7)"
  dataTypeOf _ = tuple7DataType

-- One-constructor types of base, as `deriving Data` builds them (the
-- constructor's record field, if any, among the constructor's fields).
oneConstr :: String -> String -> [String] -> Fixity -> (DataType, Constr)
oneConstr ty con fields fix = (dt, c)
  where
    dt = mkDataType ty [c]
    c = mkConstr dt con fields fix

nonEmptyRep :: (DataType, Constr)
nonEmptyRep = oneConstr "NonEmpty" ":|" [] Infix

instance Data a => Data (NonEmpty a) where
  gfoldl f z (a :| as) = z (:|) `f` a `f` as
  toConstr _ = snd nonEmptyRep
  gunfold k z _ = k (k (z (:|)))
  dataTypeOf _ = fst nonEmptyRep
  dataCast1 f = gcast1 f

identityRep :: (DataType, Constr)
identityRep = oneConstr "Identity" "Identity" ["runIdentity"] Prefix

instance Data a => Data (Identity a) where
  gfoldl f z (Identity a) = z Identity `f` a
  toConstr _ = snd identityRep
  gunfold k z _ = k (z Identity)
  dataTypeOf _ = fst identityRep
  dataCast1 f = gcast1 f

constRep :: (DataType, Constr)
constRep = oneConstr "Const" "Const" ["getConst"] Prefix

instance (Typeable k, Data a, Typeable (b :: k)) => Data (Const a b) where
  gfoldl f z (Const a) = z Const `f` a
  toConstr _ = snd constRep
  gunfold k z _ = k (z Const)
  dataTypeOf _ = fst constRep

downRep :: (DataType, Constr)
downRep = oneConstr "Down" "Down" ["getDown"] Prefix

instance Data a => Data (Down a) where
  gfoldl f z (Down a) = z Down `f` a
  toConstr _ = snd downRep
  gunfold k z _ = k (z Down)
  dataTypeOf _ = fst downRep
  dataCast1 f = gcast1 f

sumRep :: (DataType, Constr)
sumRep = oneConstr "Sum" "Sum" ["getSum"] Prefix

instance Data a => Data (Sum a) where
  gfoldl f z (Sum a) = z Sum `f` a
  toConstr _ = snd sumRep
  gunfold k z _ = k (z Sum)
  dataTypeOf _ = fst sumRep
  dataCast1 f = gcast1 f

productRep :: (DataType, Constr)
productRep = oneConstr "Product" "Product" ["getProduct"] Prefix

instance Data a => Data (Product a) where
  gfoldl f z (Product a) = z Product `f` a
  toConstr _ = snd productRep
  gunfold k z _ = k (z Product)
  dataTypeOf _ = fst productRep
  dataCast1 f = gcast1 f

dualRep :: (DataType, Constr)
dualRep = oneConstr "Dual" "Dual" ["getDual"] Prefix

instance Data a => Data (Dual a) where
  gfoldl f z (Dual a) = z Dual `f` a
  toConstr _ = snd dualRep
  gunfold k z _ = k (z Dual)
  dataTypeOf _ = fst dualRep
  dataCast1 f = gcast1 f

firstRep :: (DataType, Constr)
firstRep = oneConstr "First" "First" ["getFirst"] Prefix

instance Data a => Data (First a) where
  gfoldl f z (First a) = z First `f` a
  toConstr _ = snd firstRep
  gunfold k z _ = k (z First)
  dataTypeOf _ = fst firstRep
  dataCast1 f = gcast1 f

lastRep :: (DataType, Constr)
lastRep = oneConstr "Last" "Last" ["getLast"] Prefix

instance Data a => Data (Last a) where
  gfoldl f z (Last a) = z Last `f` a
  toConstr _ = snd lastRep
  gunfold k z _ = k (z Last)
  dataTypeOf _ = fst lastRep
  dataCast1 f = gcast1 f

allRep :: (DataType, Constr)
allRep = oneConstr "All" "All" ["getAll"] Prefix

instance Data All where
  gfoldl f z (All a) = z All `f` a
  toConstr _ = snd allRep
  gunfold k z _ = k (z All)
  dataTypeOf _ = fst allRep

anyRep :: (DataType, Constr)
anyRep = oneConstr "Any" "Any" ["getAny"] Prefix

instance Data Any where
  gfoldl f z (Any a) = z Any `f` a
  toConstr _ = snd anyRep
  gunfold k z _ = k (z Any)
  dataTypeOf _ = fst anyRep

proxyRep :: (DataType, Constr)
proxyRep = oneConstr "Proxy" "Proxy" [] Prefix

instance Data t => Data (Proxy t) where
  gfoldl _ z Proxy = z Proxy
  toConstr Proxy = snd proxyRep
  gunfold _ z _ = z Proxy
  dataTypeOf _ = fst proxyRep
  dataCast1 f = gcast1 f

versionRep :: (DataType, Constr)
versionRep = oneConstr "Version" "Version" ["versionBranch", "versionTags"] Prefix

instance Data Version where
  gfoldl f z (Version b t) = z Version `f` b `f` t
  toConstr _ = snd versionRep
  gunfold k z _ = k (k (z Version))
  dataTypeOf _ = fst versionRep

-- For the -O1 workers `$w$cgmapMp`/`$w$cgmapMo` of the libraries' Data
-- instances (scripts/gen-o1-library-names.mjs): gmapMp given the monad's
-- >>=, return, mzero and mplus rather than its MonadPlus dictionary (the
-- arguments GHC's -O1 workers of gmapMp take).
gmapMpWith ::
  Data a =>
  (forall x y. m x -> (x -> m y) -> m y) ->
  (forall x. x -> m x) ->
  (forall x. m x) ->
  (forall x. m x -> m x -> m x) ->
  (forall d. Data d => d -> m d) ->
  a ->
  m a
gmapMpWith bind ret zero plus f x =
  unMp (gfoldl step (\g -> Mp (ret (g, False))) x) `bind` finish
  where
    step (Mp c) y =
      Mp (c `bind` \(h, b) -> (f y `bind` \y' -> ret (h y', True)) `plus` ret (h y, b))
    finish (x', b) = if b then ret x' else zero

-- gmapMo likewise: only the first component that f transforms changes.
gmapMoWith ::
  Data a =>
  (forall x y. m x -> (x -> m y) -> m y) ->
  (forall x. x -> m x) ->
  (forall x. m x) ->
  (forall x. m x -> m x -> m x) ->
  (forall d. Data d => d -> m d) ->
  a ->
  m a
gmapMoWith bind ret zero plus f x =
  unMp (gfoldl step (\g -> Mp (ret (g, False))) x) `bind` finish
  where
    step (Mp c) y =
      Mp
        ( c `bind` \(h, b) ->
            if b
              then ret (h y, b)
              else (f y `bind` \y' -> ret (h y', True)) `plus` ret (h y, b)
        )
    finish (x', b) = if b then ret x' else zero
