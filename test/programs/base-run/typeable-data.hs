-- Typeable and Data.Data as generic code uses them: typeOf/typeRep of
-- standard types, cast/eqT/gcast, and Data traversals (gmapT, gmapQ,
-- everywhere-style rewrites, constructor and datatype introspection,
-- fromConstr/readConstr) over base's own types.
{-# LANGUAGE DeriveDataTypeable, ScopedTypeVariables, RankNTypes, TypeOperators #-}
import Data.Data
import Data.Int
import Data.Word
import Data.Ratio
import Data.List.NonEmpty (NonEmpty (..))
import Data.Maybe (fromJust)

data Shape = Circle Double | Rect {w :: Int, h :: Int} | Group [Shape] deriving (Show, Data)

{-# NOINLINE describe #-}
describe :: Data a => a -> String
describe x =
  let c = toConstr x
      t = dataTypeOf x
      alg = isAlgType t
   in showConstr c ++ "/" ++ dataTypeName t ++ (if alg then " idx=" ++ show (constrIndex c) ++ " fields=" ++ show (constrFields c) ++ " fix=" ++ show (constrFixity c) else "") ++ " rep=" ++ repName (dataTypeRep t) ++ " kids=" ++ show (length (gmapQ (const ()) x))
  where
    repName (AlgRep cs) = "Alg" ++ show (map showConstr cs)
    repName IntRep = "Int"
    repName FloatRep = "Float"
    repName CharRep = "Char"
    repName NoRep = "NoRep"

everywhere :: (forall a. Data a => a -> a) -> (forall a. Data a => a -> a)
everywhere f = f . gmapT (everywhere f)

everything :: (r -> r -> r) -> (forall a. Data a => a -> r) -> (forall a. Data a => a -> r)
everything k f x = foldl k (f x) (gmapQ (everything k f) x)

incInts :: Data a => a -> a
incInts x = case cast x of
  Just (n :: Int) -> fromJust (cast (n + 1))
  Nothing -> x

countChars :: Data a => a -> Int
countChars x = maybe 0 (const 1) (cast x :: Maybe Char)

main :: IO ()
main = do
  print (typeOf (1 :: Int), typeOf 'c', typeOf "s", typeOf (Just [True]), typeOf (Left 3 :: Either Int8 Word16), typeOf (1 % 2 :: Rational))
  print (typeOf (undefined :: Int -> Maybe Bool), typeOf ((), (1 :: Integer, 'x')), typeOf (1 :| [2 :: Int]), typeRep (Proxy :: Proxy Maybe), typeRep (Proxy :: Proxy (,,)))
  print (typeOf (Circle 1), typeRepTyCon (typeOf (Circle 1)), tyConName (typeRepTyCon (typeOf 'x')), tyConModule (typeRepTyCon (typeOf (Just ()))), typeRepArgs (typeOf (Just 'a', 'b')))
  print (splitTyConApp (typeOf (Right 'x' :: Either Int Char)), funResultTy (typeOf not) (typeOf True), typeOf (3.5 :: Double) == typeOf (2 :: Double), typeOf 'a' == typeOf "a")
  print (cast (3 :: Int) :: Maybe Int, cast (3 :: Int) :: Maybe Integer, eqT :: Maybe (Int :~: Int), (eqT :: Maybe (Int :~: Bool)) == Nothing, gcast (Just 'x') :: Maybe (Maybe Char))
  print (showsTypeRep (typeOf [Just (1 :: Word8)]) "", rnfTypeRep (typeOf 'x') `seq` (), typeRepFingerprint (typeOf 'a') == typeRepFingerprint (typeOf 'b'), compare (typeOf 'a') (typeOf 'a'))
  mapM_ putStrLn [describe (Just 'x'), describe (Nothing :: Maybe Int), describe [1 :: Int], describe ([] :: [Int]), describe (Left 1 :: Either Int Bool), describe ('a', True), describe ((), (), ()), describe True, describe LT, describe (3 :: Int), describe 'q', describe (2.5 :: Double), describe (1 % 3 :: Rational), describe (Rect 1 2), describe (Circle 1), describe (5 :: Word16), describe (-5 :: Int64), describe (7 :: Integer), describe (1 :| [2 :: Int])]
  print (everywhere incInts (Group [Rect 1 2, Circle 3, Group [Rect 10 20]]))
  print (everywhere incInts (Just (1 :: Int), [2 :: Int, 3], Left 4 :: Either Int Char))
  print (everything (+) countChars ("hello", Just 'x', ['a', 'b']))
  print (gmapQ (\d -> show (toConstr d)) (Rect 3 4), gmapQ (\d -> show (typeOf d)) (Just 'x', "s"), gmapQi 1 (\d -> showConstr (toConstr d)) (Rect 5 6))
  print (fromConstr (toConstr (Nothing :: Maybe Int)) :: Maybe Int, fromConstrB (fromConstr (toConstr (0 :: Int))) (toConstr (Just (1 :: Int))) :: Maybe Int)
  print (readConstr (dataTypeOf (Circle 1)) "Rect", readConstr (dataTypeOf (0 :: Int)) "42", readConstr (dataTypeOf 'c') "'z'" , readConstr (dataTypeOf (1.5 :: Double)) "2.5", readConstr (dataTypeOf True) "Nope")
  print (dataTypeConstrs (dataTypeOf (Just ())), indexConstr (dataTypeOf LT) 3, maxConstrIndex (dataTypeOf (Left () :: Either () ())), isAlgType (dataTypeOf 'x'), isAlgType (dataTypeOf [()]), tyconModule "Data.Maybe.Maybe", tyconUQname "Data.Maybe.Maybe")
  print (constrType (toConstr (Circle 2)), constrRep (toConstr (Rect 1 1)), constrRep (toConstr (9 :: Int)), constrRep (toConstr 'c'), constrRep (toConstr (0.5 :: Float)), mkIntType "T", showConstr (mkIntegralConstr (dataTypeOf (0 :: Int)) (5 :: Int)))
  print (gmapT (\d -> case cast d of Just (s :: String) -> fromJust (cast (reverse s)); Nothing -> d) ("abc", 'k', "def"), gmapM (\d -> Just d) (Rect 7 8), gmapQr (:) [] (\d -> show (toConstr d)) [True, False])
  print (glength' (Group [Circle 1, Circle 2]), glength' (1 :: Int, 'a', "b"), isNorepType (dataTypeOf ()), dataTypeName (dataTypeOf (Proxy :: Proxy Int)))
  where
    glength' :: Data a => a -> Int
    glength' = length . gmapQ (const ())
