{-# LANGUAGE RankNTypes, ScopedTypeVariables, CPP #-}
-- Scrap-your-boilerplate style walks over values of many base types through
-- Data.Data: one describer takes each type's Data methods as a record
-- (gfoldl, gunfold (of algebraic types), toConstr, dataTypeOf, gmapT/Q/Ql/Qr/Qi/M/Mp/Mo), so
-- -O1 code names each instance's method closures; then generic size,
-- show and transformations built on them, and the Constr/DataType API.
import Data.Data
import Data.Int
import Data.Word
import Data.Ratio
import Data.Monoid
import Data.List.NonEmpty (NonEmpty (..))
import Data.Ord (Down (..))
import Data.Functor.Identity
import Data.Functor.Const
import Data.Version
import Numeric.Natural (Natural)
import Data.Maybe (fromJust)

data DOps a = DOps
  { dShow :: a -> String
  , dConstr :: a -> Constr
  , dType :: a -> DataType
  , dGmapT :: (forall b. Data b => b -> b) -> a -> a
  , dGmapQ :: forall u. (forall d. Data d => d -> u) -> a -> [u]
  , dGmapQl :: (Int -> Int -> Int) -> Int -> (forall d. Data d => d -> Int) -> a -> Int
  , dGmapQr :: (Int -> Int -> Int) -> Int -> (forall d. Data d => d -> Int) -> a -> Int
  , dGmapQi :: Int -> (forall d. Data d => d -> String) -> a -> String
  , dGmapM :: (forall d. Data d => d -> Maybe d) -> a -> Maybe a
  , dGmapMp :: (forall d. Data d => d -> Maybe d) -> a -> Maybe a
  , dGmapMo :: (forall d. Data d => d -> [d]) -> a -> [a]
  , dGfoldl :: (forall d b. Data d => Maybe (d -> b) -> d -> Maybe b) -> (forall g. g -> Maybe g) -> a -> Maybe a
  , dGunfold :: Constr -> Maybe a
  }

#define DOPS(T) DOps { dShow = show, dConstr = toConstr, dType = dataTypeOf, dGmapT = gmapT, dGmapQ = gmapQ, dGmapQl = gmapQl, dGmapQr = gmapQr, dGmapQi = gmapQi, dGmapM = gmapM, dGmapMp = gmapMp, dGmapMo = gmapMo, dGfoldl = gfoldl, dGunfold = \c -> gunfold (\m -> fmap ($ fromConstrB (fromConstr (toConstr (0 :: Int))) c) m) Just c } :: DOps (T)
#define DOPSN(T) DOps { dShow = show, dConstr = toConstr, dType = dataTypeOf, dGmapT = gmapT, dGmapQ = gmapQ, dGmapQl = gmapQl, dGmapQr = gmapQr, dGmapQi = gmapQi, dGmapM = gmapM, dGmapMp = gmapMp, dGmapMo = gmapMo, dGfoldl = gfoldl, dGunfold = const Nothing } :: DOps (T)

-- generic helpers written on the class itself
gsize :: Data a => a -> Int
gsize x = 1 + sum (gmapQ gsize x)

gshow :: Data a => a -> String
gshow x = "(" ++ showConstr (toConstr x) ++ concatMap (' ' :) (gmapQ gshow x) ++ ")"

bumpInts :: Data a => a -> a
bumpInts x = case cast x of
  Just (n :: Int) -> fromJust (cast (n + 1))
  Nothing -> gmapT bumpInts x

{-# NOINLINE describe #-}
describe :: DOps a -> [a] -> IO ()
describe o xs = mapM_ one xs
  where
    one x = do
      let c = dConstr o x
          t = dType o x
      putStrLn (dShow o x ++ " :: " ++ dataTypeName t ++ " / " ++ showConstr c ++ " #" ++ (if isAlgType t then show (constrIndex c) else "-") ++ " " ++ show (constrRep c) ++ (if isAlgType t then " " ++ show (constrFixity c) ++ " " ++ show (constrFields c) else ""))
      print (length (dGmapQ o (const ()) x), dGmapQl o (+) 0 (const 1) x, dGmapQr o (+) 0 (const 1) x, dShow o (dGmapT o id x))
      print (if null (dGmapQ o (const ()) x) then "leaf" else dGmapQi o 0 (showConstr . toConstr) x, fmap (dShow o) (dGmapM o Just x), fmap (dShow o) (dGmapMp o Just x), map (dShow o) (dGmapMo o (: []) x))
      print (fmap (dShow o) (dGfoldl o (\f d -> fmap ($ d) f) Just x), show (dataTypeRep t), isAlgType t)
      print (if isAlgType t && maxConstrIndex t > 0 then map showConstr (dataTypeConstrs t) else [], fmap (showConstr . dConstr o) (if isAlgType t && null (constrFields c) then dGunfold o c else Nothing))

main :: IO ()
main = do
  describe (DOPSN(Int)) [0, -7]
  describe (DOPSN(Int8)) [5]
  describe (DOPSN(Int16)) [-300]
  describe (DOPSN(Int32)) [70000]
  describe (DOPSN(Int64)) [1]
  describe (DOPSN(Word)) [9]
  describe (DOPSN(Word8)) [255]
  describe (DOPSN(Word16)) [1000]
  describe (DOPSN(Word32)) [5]
  describe (DOPSN(Word64)) [6]
  describe (DOPSN(Integer)) [2 ^ 70]
  describe (DOPSN(Natural)) [12]
  describe (DOPSN(Char)) ['x', '\n']
  describe (DOPSN(Double)) [1.5, -0.25]
  describe (DOPSN(Float)) [3.25]
  describe (DOPS(Bool)) [False, True]
  describe (DOPS(Ordering)) [LT, EQ, GT]
  describe (DOPS(())) [()]
  describe (DOPS(Maybe Int)) [Nothing, Just 4]
  describe (DOPS(Either Char Int)) [Left 'l', Right 2]
  describe (DOPS((Int, Char))) [(1, 'a')]
  describe (DOPS((Int, Char, Bool))) [(1, 'a', True)]
  describe (DOPS((Int, Char, Bool, ()))) [(1, 'a', True, ())]
  describe (DOPS((Int, Int, Int, Int, Int))) [(1, 2, 3, 4, 5)]
  describe (DOPS((Int, Int, Int, Int, Int, Int))) [(1, 2, 3, 4, 5, 6)]
  describe (DOPS((Int, Int, Int, Int, Int, Int, Int))) [(1, 2, 3, 4, 5, 6, 7)]
  describe (DOPS(NonEmpty Int)) [1 :| [2]]
  describe (DOPS(Down Int)) [Down 3]
  describe (DOPS(Identity Int)) [Identity 8]
  describe (DOPS(Const Int Char)) [Const 9]
  describe (DOPS(Proxy Int)) [Proxy]
  describe (DOPS(Sum Int)) [Sum 1]
  describe (DOPS(Product Int)) [Product 2]
  describe (DOPS(Dual Int)) [Dual 3]
  describe (DOPS(All)) [All True]
  describe (DOPS(Any)) [Any False]
  describe (DOPS(First Int)) [First (Just 1)]
  describe (DOPS(Last Int)) [Last Nothing]
  describe (DOPS(Version)) [makeVersion [1, 2, 3]]
  -- generic walks over nested structures
  let nested = (Just [1, 2 :: Int], Left 'c' :: Either Char Int, [(3 :: Int, True)], 4 :| [5 :: Int])
  print (gsize nested, gshow (Just (1 :: Int, 'x')), bumpInts nested)
  print (gsize (makeVersion [1, 2]), gshow [Sum (1 :: Int)], bumpInts (Identity (1 :: Int), Down (2 :: Int), Just (3 :: Int)))
  -- Constr and DataType API
  let dt = dataTypeOf (Just 'x')
      cs = dataTypeConstrs dt
  print (dataTypeName dt, map showConstr cs, map constrIndex cs, indexConstr dt 2, maxConstrIndex dt, map (dataTypeName . constrType) cs)
  print (readConstr dt "Just", readConstr dt "Nope", fmap showConstr (readConstr (dataTypeOf ('c')) "'q'"), readConstr (dataTypeOf (1 :: Int)) "42")
  print (fromConstr (toConstr (Nothing :: Maybe Int)) :: Maybe Int, fromConstrB (fromConstr (toConstr ())) (toConstr (Just ())) :: Maybe (), (fromConstrM Nothing (toConstr [()]) :: Maybe [()]), (fromConstrM Nothing (toConstr ([] :: [()])) :: Maybe [()]))
  print (map (constrRep . toConstr) [1.5 :: Double], constrRep (toConstr 'z'), constrRep (toConstr (7 :: Integer)), dataTypeRep (dataTypeOf (1 :: Int)), dataTypeRep (dataTypeOf 'c'))
  print (mkIntType "T.I", mkFloatType "T.F", mkCharType "T.C", mkNoRepType "T.N", isNorepType (mkNoRepType "X"), tyconModule "A.B.C", tyconUQname "A.B.C")
  let myT = mkDataType "Main.Colour" [red, green]
      red = mkConstr myT "Red" [] Prefix
      green = mkConstr myT "Green" ["shade"] Infix
  print (myT, red, green, constrFields green, constrFixity green, red == red, red == green, map showConstr (dataTypeConstrs myT), showsPrec 11 red "", constrIndex green)
  print (mkIntegralConstr (mkIntType "I") (5 :: Int), mkRealConstr (mkFloatType "F") (2.5 :: Double), mkCharConstr (mkCharType "C") 'c', Prefix == Infix, show [Prefix, Infix])
  print (typeOf nested, typeRep (Proxy :: Proxy (Either Int)), typeOf (makeVersion []), dataTypeOf (Proxy :: Proxy Int))
