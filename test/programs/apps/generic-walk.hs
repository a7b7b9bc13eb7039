-- SYB-style generic traversals with Data.Data: gmapT/gmapQ/gmapM/gfoldl
-- over a company structure, everywhere/everything written on top of them,
-- and reflection: constructors, fields, data types, fromConstr, readConstr,
-- over many of base's types held as `forall a. Data a`.
{-# LANGUAGE DeriveDataTypeable, ExistentialQuantification, RankNTypes, TypeOperators #-}
import Data.Data
import Data.Maybe (fromJust)
import Data.Ratio
import Data.Int
import Data.Word
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Monoid as Mo
import Data.Functor.Identity
import Data.Char (toUpper)

data Company = Company {cname :: String, depts :: [Dept]} deriving (Show, Data, Typeable)
data Dept = Dept {dname :: String, manager :: Employee, staff :: [Employee]} deriving (Show, Data, Typeable)
data Employee = Employee {ename :: String, salary :: Salary, level :: Maybe Int} deriving (Show, Data, Typeable)
newtype Salary = Salary Double deriving (Show, Data, Typeable)

everywhere :: (forall a. Data a => a -> a) -> (forall a. Data a => a -> a)
everywhere f = f . gmapT (everywhere f)

everything :: (r -> r -> r) -> (forall a. Data a => a -> r) -> (forall a. Data a => a -> r)
everything k f x = foldl k (f x) (gmapQ (everything k f) x)

mkT :: (Typeable a, Typeable b) => (b -> b) -> a -> a
mkT f = case cast f of Just g -> g; Nothing -> id

mkQ :: (Typeable a, Typeable b) => r -> (b -> r) -> a -> r
mkQ r q a = maybe r q (cast a)

raise :: Double -> Salary -> Salary
raise p (Salary s) = Salary (s * (1 + p))

company :: Company
company =
  Company "Acme"
    [ Dept "R&D" (Employee "Ada" (Salary 100) (Just 3)) [Employee "Bob" (Salary 50) Nothing, Employee "Cy" (Salary 60) (Just 1)],
      Dept "Ops" (Employee "Dee" (Salary 80) Nothing) []
    ]

data AnyData = forall a. (Data a, Show a) => AnyData a

describe :: AnyData -> String
describe (AnyData x) =
  let c = toConstr x
      t = dataTypeOf x
   in show x ++ " :: " ++ dataTypeName t ++ " | constr " ++ showConstr c ++ " idx " ++ (if isAlgType t then show (constrIndex c) ++ "/" ++ show (maxConstrIndex t) else "-")
        ++ " fields " ++ show (constrFields c) ++ " fixity " ++ show (constrFixity c) ++ " rep " ++ showRep (constrRep c)
        ++ " arity " ++ show (glength x) ++ " | subterms " ++ show (gmapQ (\d -> showConstr (toConstr d)) x)
        ++ " | typeOf " ++ show (typeOf x) ++ " | " ++ (case dataTypeRep t of AlgRep cs -> "alg " ++ show (map showConstr cs); IntRep -> "int"; FloatRep -> "float"; CharRep -> "char"; NoRep -> "norep")
  where
    showRep (AlgConstr i) = "alg" ++ show i
    showRep (IntConstr i) = "int" ++ show i
    showRep (FloatConstr r) = "float" ++ show r
    showRep (CharConstr ch) = "char" ++ show ch
    glength :: Data a => a -> Int
    glength = length . gmapQ (const ())

main :: IO ()
main = do
  print (everywhere (mkT (raise 0.1)) company)
  print (everything (+) (mkQ 0 (\(Salary s) -> s)) company)
  print (everything (++) (mkQ [] (\e -> [ename e])) company)
  print (everywhere (mkT (map toUpper :: String -> String)) (Dept "x" (Employee "low" (Salary 1) Nothing) []))
  print (gmapQ (mkQ "?" (id :: String -> String)) (Employee "Eve" (Salary 2) (Just 9)))
  print (gmapQi 1 (mkQ 0 (\(Salary s) -> s)) (Employee "Eve" (Salary 2) (Just 9)), gmapQr (:) [] (const ()) company, gmapQl (flip (:)) [] (const 'x') company)
  print (gmapM (\d -> Just d) (Salary 3), runIdentity (gmapM return (Just 'q')), gmapMp (\d -> Just d) ("ab", 'c'), gmapMo (\d -> [d]) (Left 1 :: Either Int Char))
  let rebuilt = fromConstrB (fromConstr (toConstr (0 :: Int))) (toConstr (Just (1 :: Int))) :: Maybe Int
  print rebuilt
  print (fromConstr (readConstr' (dataTypeOf (Nothing :: Maybe ())) "Nothing") :: Maybe (), readConstr (dataTypeOf 'a') "x", fmap showConstr (readConstr (dataTypeOf (1.5 :: Double)) "2.5"), fmap showConstr (readConstr (dataTypeOf (3 :: Int)) "42"))
  print (fromConstrM (Just (fromConstr (toConstr 'k'))) (toConstr ('a', 'b')) :: Maybe (Char, Char))
  print (map (showConstr . indexConstr (dataTypeOf company)) [1], constrType (toConstr company) `seq` dataTypeConstrs (dataTypeOf (Salary 1)), tyconUQname "Data.Maybe.Maybe", tyconModule "Data.Maybe.Maybe", isNorepType (dataTypeOf ()), mkIntType "I" `seq` (), dataTypeName (mkFloatType "F"), dataTypeName (mkCharType "C"), dataTypeName (mkNoRepType "N"))
  let dt = mkDataType "T" [c1, c2]
      c1 = mkConstr dt "A" [] Prefix
      c2 = mkConstr dt "B" ["f"] Infix
  print (map showConstr (dataTypeConstrs dt), constrIndex c2, c1 == c2, constrFixity c2, showConstr (mkIntegralConstr (dataTypeOf (0 :: Int)) (7 :: Int)), showConstr (mkRealConstr (dataTypeOf (0 :: Double)) (0.5 :: Double)), showConstr (mkCharConstr (dataTypeOf 'c') 'z'))
  mapM_ (putStrLn . describe)
    [ AnyData (Just 'x'), AnyData (Left 3 :: Either Int Bool), AnyData [1 :: Int, 2], AnyData (1 :: Int, "two"), AnyData ((), True, 'c'), AnyData (3 % 4 :: Rational),
      AnyData (7 :: Int8), AnyData (8 :: Word16), AnyData (9 :: Int64), AnyData (10 :: Word), AnyData (2.5 :: Float),
      AnyData (12345678901234567890 :: Integer), AnyData (5 :: Word8), AnyData (6 :: Int32), AnyData (LT :: Ordering), AnyData ('a' :| "bc"), AnyData (Mo.Sum (3 :: Int)),
      AnyData (Mo.Product (2 :: Int)), AnyData (Mo.First (Just 'f')), AnyData (Mo.Last (Nothing :: Maybe Int)), AnyData (Mo.Dual "d"), AnyData (Mo.Any True), AnyData (Mo.All False),
      AnyData (Identity 'i'), AnyData (Proxy :: Proxy Int), AnyData (Salary 10), AnyData company, AnyData (1 :: Word32, 2 :: Word64, 3 :: Int16), AnyData (Just [Left (1 :: Int), Right 'r'])
    ]
  print (gfoldl (\(Just f) x -> Just (f x)) Just (1 :: Int, 'c'), typeRep (Proxy :: Proxy (Maybe [Int])), typeOf company, typeOf1 (Just 'c'), typeRepArgs (typeOf (Left 1 :: Either Int Char)))
  print (constrFields (toConstr (Employee "" (Salary 0) Nothing)), fromJust (cast (3 :: Int)) + (1 :: Int), eqT :: Maybe (Int :~: Int), gcast (Just 'c') :: Maybe (Maybe Char))
  where
    readConstr' t s = fromJust (readConstr t s)
