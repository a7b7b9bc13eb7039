-- The Data instances of Data.Semigroup's newtypes and Arg, Complex,
-- Compose/Product/Sum, Fixed, Void and SpecConstrAnnotation: constructor
-- tables, generic queries and maps, gunfold and gmapM.
import Data.Data
import qualified Data.Semigroup as S
import Data.Complex (Complex (..))
import Data.Functor.Compose (Compose (..))
import Data.Functor.Product (Product (..))
import Data.Functor.Sum (Sum (..))
import Data.Fixed (Fixed (..), Centi, Milli, E2)
import Data.Void (Void)
import GHC.Exts (SpecConstrAnnotation (..))
import Control.Exception

info :: Data a => a -> String
info x =
  let c = toConstr x
      d = dataTypeOf x
   in unwords
        [ show c, dataTypeName d, show (constrFields c), show (constrFixity c)
        , show (constrIndex c), show (dataTypeConstrs d)
        , show (length (gmapQ (const ()) x)) ]

bump :: Data a => a -> a
bump x = case cast x of
  Just n -> maybe x id (cast (n + 1 :: Int))
  Nothing -> gmapT bump x

ints :: Data a => a -> [Int]
ints x = maybe (concat (gmapQ ints x)) (: []) (cast x)

main :: IO ()
main = do
  putStrLn (info (S.Arg (1 :: Int) 'a'))
  putStrLn (info (S.Min (2 :: Int)))
  putStrLn (info (S.Max (3 :: Int)))
  putStrLn (info (S.First (4 :: Int)))
  putStrLn (info (S.Last (5 :: Int)))
  putStrLn (info (S.WrapMonoid "m"))
  putStrLn (info (S.Option (Just (6 :: Int))))
  putStrLn (info ((1 :: Double) :+ 2))
  putStrLn (info (Compose (Just [7 :: Int])))
  putStrLn (info (Pair (Just 8) [9 :: Int]))
  putStrLn (info (InL (Just 10) :: Sum Maybe [] Int))
  putStrLn (info (InR [11] :: Sum Maybe [] Int))
  putStrLn (info (MkFixed 1234 :: Centi))
  putStrLn (info NoSpecConstr)
  putStrLn (info ForceSpecConstr)
  putStrLn (dataTypeName (dataTypeOf (undefined :: Void)) ++ " " ++ show (dataTypeConstrs (dataTypeOf (undefined :: Void))))
  print (bump (S.Arg (1 :: Int) (2 :: Int)), bump (S.Min (1 :: Int)), bump (S.Max (2 :: Int)), bump (S.First (3 :: Int)), bump (S.Last (4 :: Int)))
  print (bump (S.WrapMonoid [1, 2 :: Int]), bump (S.Option (Just (5 :: Int))))
  print (bump (Compose (Just [1, 2 :: Int])), bump (Pair [1] (Just (2 :: Int))), bump (InL [3] :: Sum [] Maybe Int), bump (InR (Just 4) :: Sum [] Maybe Int))
  print (ints ((3 :: Int) :+ 4), bump ((5 :: Int) :+ 6))
  print (gmapQ (\d -> show (typeOf d)) (MkFixed 5 :: Milli), (fromConstrB (fromConstr (toConstr (250 :: Integer))) (toConstr (MkFixed 0 :: Centi)) :: Centi))
  print (toConstr (fromConstr (toConstr NoSpecConstr) :: SpecConstrAnnotation), toConstr (fromConstr (toConstr ForceSpecConstr) :: SpecConstrAnnotation))
  print (fromConstrB (fromConstr (toConstr (7 :: Int))) (toConstr (S.Min (0 :: Int))) :: S.Min Int)
  print (fromConstrB (fromConstr (toConstr (8 :: Int))) (toConstr (S.Arg (0 :: Int) (0 :: Int))) :: S.Arg Int Int)
  print (fromConstrB (fromConstr (toConstr (9 :: Double))) (toConstr ((0 :: Double) :+ 0)) :: Complex Double)
  print (gmapM (\d -> [d, d]) (S.Arg 'a' 'b'), gmapM Just (Compose [Just 'c']))
  print (gmapMo (\d -> fmap (\n -> maybe d id (cast (map (* 10) n :: [Int]))) (cast d)) (Pair [1 :: Int] [2]))
  print (gmapMp (\d -> fmap (\n -> maybe d id (cast (n * 10 :: Int))) (cast d)) (1 :+ (2 :: Int)))
  print (gmapQi 1 (\d -> show (typeOf d)) (S.Arg 'x' True), gmapQl (flip (:)) [] (\d -> show (typeOf d)) (InR "s" :: Sum Maybe [] Char))
  print (typeOf (S.Arg 'a' ()), typeOf (S.Min ()), typeOf (Compose (Just "c")), typeOf (Pair "p" "q"), typeOf (InL "l" :: Sum [] Maybe Char))
  print (typeOf (MkFixed 0 :: Centi), typeOf (1 :+ (2 :: Double)), typeOf NoSpecConstr, typeOf (undefined :: Void))
  r <- try (evaluate (fromConstr (toConstr (1 :: Int)) :: Void))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const "no error") r)
  r1 <- try (evaluate (fromConstr (toConstr True) :: Void))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const "no error") r1)
  r2 <- try (evaluate (fromConstr (toConstr (1 :: Int)) :: Centi))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const "no error") r2)
