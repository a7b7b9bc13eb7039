{-# LANGUAGE TypeOperators, DataKinds #-}
-- The Data instances of GHC.Generics' representation types, Alt/Ap,
-- Coercion, IntPtr/WordPtr, ZipList, WrappedMonad/WrappedArrow:
-- toConstr, dataTypeOf, constrFields/Fixity/Index, gmapQ/gmapT, gunfold
-- through fromConstrB, gmapM and the Constr tables.
import Data.Data
import GHC.Generics
import Data.Monoid (Alt (..), Ap (..))
import Data.Type.Coercion (Coercion (..))
import Foreign.Ptr (IntPtr (..), WordPtr (..))
import Control.Applicative (ZipList (..), WrappedMonad (..), WrappedArrow (..))
import Control.Exception

info :: Data a => a -> String
info x =
  let c = toConstr x
      d = dataTypeOf x
   in unwords
        [ show c, dataTypeName d, show (constrFields c), show (constrFixity c)
        , show (constrIndex c), show (maxConstrIndex d), show (dataTypeConstrs d)
        , show (length (gmapQ (const ()) x)) ]

-- Add one to every Int, anywhere (a generic traversal).
bump :: Data a => a -> a
bump = gmapT bump `extT` (\n -> n + 1 :: Int)

extT :: (Typeable a, Typeable b) => (a -> a) -> (b -> b) -> a -> a
extT f g x = maybe (f x) id (cast g <*> Just x)

ints :: Data a => a -> [Int]
ints x = maybe (concat (gmapQ ints x)) (: []) (cast x)

main :: IO ()
main = do
  putStrLn (info (Alt (Just (1 :: Int))))
  putStrLn (info (Ap [2 :: Int]))
  putStrLn (info (Coercion :: Coercion Int Int))
  putStrLn (info (IntPtr 5))
  putStrLn (info (WordPtr 6))
  putStrLn (info (ZipList [1, 2 :: Int]))
  putStrLn (info (WrapMonad (Just (3 :: Int))))
  putStrLn (info (WrapArrow (Left 1 :: Either Int Char)))
  putStrLn (info (U1 :: U1 Int))
  putStrLn (info (Par1 (7 :: Int)))
  putStrLn (info (Rec1 (Just (8 :: Int))))
  putStrLn (info (K1 9 :: K1 R Int ()))
  putStrLn (info (M1 (Just 10) :: M1 D (MetaSel Nothing NoSourceUnpackedness NoSourceStrictness DecidedLazy) Maybe Int))
  putStrLn (info ((Just 1 :*: [2]) :: (Maybe :*: []) Int))
  putStrLn (info (L1 (Just 3) :: (Maybe :+: []) Int))
  putStrLn (info (R1 [4] :: (Maybe :+: []) Int))
  putStrLn (info (Comp1 (Just [5]) :: (Maybe :.: []) Int))
  putStrLn (info LeftAssociative)
  putStrLn (info NotAssociative)
  putStrLn (info GHC.Generics.Prefix)
  putStrLn (info (GHC.Generics.Infix RightAssociative 6))
  putStrLn (info DecidedUnpack)
  putStrLn (info SourceLazy)
  putStrLn (info SourceUnpack)
  putStrLn (dataTypeName (dataTypeOf (undefined :: V1 Int)) ++ " " ++ show (isAlgType (dataTypeOf (undefined :: V1 Int))))
  -- traversals
  print (getAlt (bump (Alt (Just (1 :: Int)))), getAp (bump (Ap [1, 2 :: Int])))
  print (bump (GHC.Generics.Infix LeftAssociative 41))
  print (unPar1 (bump (Par1 (1 :: Int))), unK1 (bump (K1 2 :: K1 R Int ())), unM1 (bump (M1 (Just 3) :: M1 S (MetaSel Nothing NoSourceUnpackedness NoSourceStrictness DecidedLazy) Maybe Int)))
  print (ints ((Just 1 :*: [2, 3]) :: (Maybe :*: []) Int), ints (Comp1 [Just 4, Nothing, Just 5] :: ([] :.: Maybe) Int))
  print (getZipList (bump (ZipList [10, 20 :: Int])), unwrapMonad (bump (WrapMonad [7 :: Int])))
  print (bump (IntPtr 3), bump (WordPtr 4))
  -- gunfold through fromConstrB, one constructor of each
  let one :: Data d => d
      one = fromConstr (toConstr (1 :: Int))
  print (fromConstrB (fromConstr (toConstr (5 :: Int))) (toConstr (Par1 (0 :: Int))) :: Par1 Int)
  print (fromConstr (toConstr SourceStrict) :: SourceStrictness, fromConstr (toConstr DecidedLazy) :: DecidedStrictness)
  print (fromConstr (toConstr NoSourceUnpackedness) :: SourceUnpackedness, fromConstr (toConstr NotAssociative) :: Associativity)
  print (map (\c -> fromConstrB (fromConstr (toConstr NotAssociative)) c :: GHC.Generics.Fixity) (dataTypeConstrs (dataTypeOf GHC.Generics.Prefix)) `seq` ())
  print (fromConstr (toConstr (U1 :: U1 Int)) :: U1 Int)
  print (fromConstrB (fromConstr (toConstr (9 :: Int))) (toConstr (IntPtr 0)) :: IntPtr)
  print (fromConstr (toConstr (Coercion :: Coercion Int Int)) :: Coercion Int Int)
  -- gmapM, gmapMp, gmapMo
  print (gmapM (\d -> Just d) (GHC.Generics.Infix LeftAssociative 3))
  print (gmapMp (\d -> maybe [] (\n -> [d | n > (0 :: Int)]) (cast d)) (GHC.Generics.Infix LeftAssociative 3))
  print (fmap unPar1 (gmapMo (\d -> maybe Nothing (\n -> if n > (0 :: Int) then Just (maybe d id (cast (n + 40))) else Nothing) (cast d)) (Par1 (2 :: Int))))
  print (gmapQi 0 (\d -> show (typeOf d)) (Alt (Just 'x')), gmapQl (+) 0 (const 1) (K1 'k' :: K1 R Char ()), gmapQr (:) [] (const 'z') (WrapMonad "ab"))
  print (readConstr (dataTypeOf SourceLazy) "SourceStrict", readConstr (dataTypeOf (Alt [()])) "Alt")
  print (typeOf (Alt [()]), typeOf (Ap (Just 'c')), typeOf (Coercion :: Coercion Int Int), typeOf (U1 :: U1 Char))
  r <- try (evaluate (fromConstr (toConstr 'c') :: V1 Int))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const "no error") r)
  r1 <- try (evaluate (fromConstr (toConstr (Just 'c')) :: V1 Int))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const "no error") r1)
  print (typeOf (K1 'c' :: K1 R Char Int), typeOf (Par1 'p'), typeOf (ZipList "z"), typeOf (WrapMonad (Just 'c')))
