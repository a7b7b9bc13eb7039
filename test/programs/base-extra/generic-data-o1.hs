{-# LANGUAGE DeriveDataTypeable #-}
-- Data.Data at -O1: base's Data instances of tuples, primitive types and
-- lists (gfoldl, gunfold, toConstr, dataTypeOf, gmapT/gmapQ/gmapM), the
-- Constr/DataType helpers (indexConstr, maxConstrIndex, dataTypeConstrs,
-- mkIntegralConstr, mkRealConstr, mkCharConstr, repConstr, fromConstrM)
-- and Fixity's Show.
import Data.Data
import Control.Exception (ErrorCall, evaluate, try)

data Shape = Circle Double | Rect Int Int | Empty deriving (Show, Data)

main :: IO ()
main = do
  print (toConstr (1 :: Int, 'c'), toConstr (1 :: Int, 'c', True), toConstr ((), (), (), ()))
  print (dataTypeOf (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int), toConstr ((), (), (), (), (), ()))
  print (gmapQ (const ()) (1 :: Int, 'x', "s", True, 2.5 :: Double, (), LT))
  print (gmapT id (1 :: Int, 'x', "s"), gmapQ show' (2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int))
  print (toConstr (5 :: Int), toConstr 'q', toConstr (2.5 :: Double), toConstr (1.5 :: Float), toConstr (7 :: Integer), toConstr (3 :: Word))
  print (dataTypeOf (5 :: Int), dataTypeOf 'c', dataTypeRep (dataTypeOf (1.0 :: Double)))
  print (fromConstr (mkIntegralConstr (dataTypeOf (0 :: Int)) (42 :: Int)) :: Int)
  print (fromConstr (mkRealConstr (dataTypeOf (0 :: Double)) (2.25 :: Double)) :: Double)
  print (fromConstr (mkCharConstr (dataTypeOf 'a') 'z') :: Char)
  print (constrRep (toConstr (9 :: Integer)), constrRep (toConstr 'x'), constrRep (toConstr (Rect 1 2)))
  let dt = dataTypeOf (Circle 1)
  print (dataTypeConstrs dt, maxConstrIndex dt, indexConstr dt 2, constrIndex (toConstr Empty))
  print (fromConstr (indexConstr dt 3) :: Shape, repConstr (dataTypeOf (0 :: Int)) (IntConstr 5), repConstr (dataTypeOf (0 :: Double)) (FloatConstr 0.5), repConstr (dataTypeOf (Just True)) (AlgConstr 2))
  print (fromConstrM Nothing (indexConstr dt 3) :: Maybe Shape, fromConstrM Nothing (indexConstr dt 2) :: Maybe Shape, fromConstrB (fromConstr (toConstr (1 :: Int))) (indexConstr dt 2) :: Shape)
  print (gmapT (mkT (+ (1 :: Int))) (Rect 1 2), gmapQ (const 1 :: Data d => d -> Int) (Rect 3 4))
  print (readConstr dt "Rect", showConstr (toConstr (Circle 2)), constrFields (toConstr Empty))
  print (toConstr (Just 'x'), toConstr [1 :: Int], toConstr (Left 1 :: Either Int Bool), toConstr ())
  print (gmapM Just (1 :: Int, 'x'), gmapQr (:) [] (const 0 :: Data d => d -> Int) ('a', 'b', 'c'))
  print (showsPrec 11 Prefix "", Infix, [Prefix, Infix])
  print (dataTypeName (dataTypeOf (Just 'a')), isAlgType (dataTypeOf 'a'), tyconModule "Data.Data.Fixity", tyconUQname "Data.Data.Fixity")
  let c = toConstr (Just 'x')
  caught (fromConstr c :: Int)
  caught (fromConstr c :: Char)
  caught (fromConstr c :: Double)
  caught (fromConstr c :: Float)
  caught (fromConstr (toConstr 'a') :: Integer)
  caught (fromConstr (toConstr 'a') :: Word)
  caught (show (indexConstr (dataTypeOf 'a') 1))
  caught (maxConstrIndex (dataTypeOf (1.5 :: Double)))
  caught (show (mkCharConstr (dataTypeOf (1 :: Int)) 'x'))
  caught (show (mkIntegralConstr (dataTypeOf 'a') (1 :: Int)))
  caught (show (mkRealConstr (dataTypeOf 'a') (1.5 :: Double)))
  caught (show (repConstr (dataTypeOf 'a') (IntConstr 1)))
  where
    caught :: Show a => a -> IO ()
    caught x = try (evaluate x) >>= \r -> putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)
    show' :: Data d => d -> String
    show' = showConstr . toConstr
    mkT :: (Typeable a, Typeable b) => (b -> b) -> a -> a
    mkT f = maybe id id (cast f)
