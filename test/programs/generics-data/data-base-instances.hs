-- toConstr, dataTypeOf, constrFields/Fixity/Rep, gmapQ and the Constr/DataType
-- functions over the Data instances base provides.
import Data.Data
import Data.Ratio
import Data.Int
import Data.Word
import Data.List.NonEmpty (NonEmpty(..))
import Data.Functor.Identity
import Data.Functor.Const
import Data.Ord (Down(..))
import Data.Monoid
import Numeric.Natural
import Data.Version

p :: Data a => a -> IO ()
p x = do
  let c = toConstr x; d = dataTypeOf x
  putStrLn (show c ++ " | " ++ show d ++ " | " ++ (if isAlgType d then show (constrFields c) ++ " | " ++ show (constrFixity c) else "-") ++ " | " ++ show (constrRep c) ++ " | " ++ show (isAlgType d) ++ " " ++ dataTypeName d ++ " | " ++ show (length (gmapQ (const ()) x)))

main :: IO ()
main = do
  p (1::Int); p 'a'; p (1.5::Double); p (2.5::Float); p (3::Integer); p (4::Word); p (5::Int8); p (6::Int16); p (7::Int32); p (8::Int64)
  p (9::Word8); p (10::Word16); p (11::Word32); p (12::Word64); p (13::Natural)
  p True; p False; p "ab"; p ([]::[Int]); p (Just 'x'); p (Nothing :: Maybe Int); p (Left 1 :: Either Int Char); p (Right 'c' :: Either Int Char)
  p (); p (1::Int,'c'); p (1::Int,'c',True); p (1::Int,'c',True,()); p ((1,2,3,4,5)::(Int,Int,Int,Int,Int))
  p LT; p EQ; p GT; p (3 % 4 :: Rational); p (1 :| [2::Int]); p (Identity 'x'); p (Const 'x' :: Const Char Int); p (Down 'x')
  p (Sum (1::Int)); p (Product (2::Int)); p (First (Just 'c')); p (Last (Nothing :: Maybe Int)); p (Dual 'c'); p (All True); p (Any False)
  p (Proxy :: Proxy Int)
  print (toConstr (Just (1::Int)) == toConstr (Left 1 :: Either Int Int), toConstr (Just 'c') == toConstr (Just 'd'), toConstr (1::Int) == toConstr (1::Integer))
  print (toConstr 'a' == toConstr 'a', toConstr (1.5 :: Double), showConstr (toConstr (-3 :: Int)), showConstr (toConstr (-2.5 :: Double)))
  print (dataTypeConstrs (dataTypeOf (Just 'c')), map constrIndex (dataTypeConstrs (dataTypeOf 'x' `seq` dataTypeOf LT)), maxConstrIndex (dataTypeOf LT))
  print (readConstr (dataTypeOf (Just 'c')) "Just", readConstr (dataTypeOf (1::Int)) "42", readConstr (dataTypeOf 'c') "'z'", readConstr (dataTypeOf (1.0::Double)) "2.5")
  print (fromConstr (toConstr (Nothing :: Maybe Int)) :: Maybe Int)
  print (fromConstr (mkIntegralConstr (dataTypeOf (0::Int)) (77::Int)) :: Int)
  print (tyconUQname "Data.Map.Map", tyconModule "Data.Map.Map", tyconUQname "Int", tyconModule "Int")
  print (constrType (toConstr (Just (1::Int))), indexConstr (dataTypeOf (Just 'c')) 2, isNorepType (dataTypeOf (1::Int)))
  print (mkIntType "X", mkFloatType "Y", mkCharType "Z", mkNoRepType "W", mkConstr (mkDataType "T" []) "Foo" [] Prefix `seq` ())
