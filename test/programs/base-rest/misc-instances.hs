{-# LANGUAGE DataKinds, GADTs #-}
-- base's smaller instances: Exception Void, Bitraversable Arg,
-- Contravariant (M1 i c f), TestEquality (Compose f g), Show [SomeNat],
-- Eq/Ord TimeoutKey, Ix of GHC.Generics' metadata enumerations, and the
-- system event/timer managers of a non-threaded program.
import Control.Exception
import Data.Bitraversable
import Data.Functor.Compose
import Data.Functor.Contravariant
import Data.Ix
import Data.Maybe (isJust)
import Data.Semigroup (Arg (..))
import Data.Type.Equality
import Data.Void
import GHC.Event (getSystemEventManager, getSystemTimerManager)
import GHC.Event.TimeOut (TimeoutKey)
import GHC.Generics
import GHC.TypeNats (SomeNat, someNatVal)
import Type.Reflection (TypeRep, typeRep)
import Unsafe.Coerce (unsafeCoerce)

type Sel = 'MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy

key :: Int -> TimeoutKey
key = unsafeCoerce

main :: IO ()
main = do
  -- Exception Void
  print (fromException (toException (ErrorCall "e")) :: Maybe Void)
  r <- try (evaluate (length "four")) :: IO (Either Void Int)
  print r
  case toException (undefined :: Void) of
    SomeException _ -> putStrLn "wrapped lazily"
  r2 <- try (throwIO (userError "not a Void") `catch` \v -> absurd (v :: Void))
  print (r2 :: Either IOException ())
  -- Bitraversable Arg
  print (bitraverse (\x -> [x, x + 1]) (\c -> [c]) (Arg 1 'a' :: Arg Int Char))
  print (bisequenceA (Arg (Just "k") (Just True)))
  print (bimapM (\x -> if x > 0 then Right x else Left "neg") Right (Arg (-2 :: Int) ()))
  print (fmap (\(Arg a b) -> (a, b)) (bitraverse Just Just (Arg 'x' 'y')))
  -- Contravariant M1
  let p = M1 (Predicate even) :: M1 S Sel Predicate Int
      q = contramap length p :: M1 S Sel Predicate String
  print (map (getPredicate (unM1 q)) ["ab", "abc", ""])
  print (getPredicate (unM1 (4 >$ p)) (), getPredicate (unM1 (3 >$ p)) "any")
  -- TestEquality (Compose TypeRep Maybe)
  let ci = Compose (typeRep :: TypeRep (Maybe Int)) :: Compose TypeRep Maybe Int
      ci' = Compose (typeRep :: TypeRep (Maybe Int)) :: Compose TypeRep Maybe Int
      cb = Compose (typeRep :: TypeRep (Maybe Bool)) :: Compose TypeRep Maybe Bool
  print (isJust (testEquality ci ci'), isJust (testEquality ci cb))
  case testEquality ci ci' of
    Just Refl -> putStrLn "Refl"
    Nothing -> putStrLn "no proof"
  -- Show SomeNat (showList)
  print [someNatVal 0, someNatVal 42, someNatVal (2 ^ (70 :: Int))]
  print ([] :: [SomeNat])
  -- Eq/Ord TimeoutKey (a newtype of a newtype of Int)
  print (key 3 == key 3, key 3 /= key 4, compare (key 3) (key 9), key 5 < key 2, max (key 1) (key 7) == key 7)
  -- Ix of the metadata enumerations
  print (range (LeftAssociative, NotAssociative), range (RightAssociative, RightAssociative))
  print (range (DecidedLazy, DecidedUnpack), index (DecidedLazy, DecidedUnpack) DecidedStrict)
  print (range (NoSourceStrictness, SourceStrict), inRange (SourceLazy, SourceStrict) NoSourceStrictness)
  print (range (NoSourceUnpackedness, SourceUnpack), rangeSize (SourceNoUnpack, SourceUnpack))
  -- the managers of a non-threaded program
  m <- getSystemEventManager
  print (isJust m)
  t <- try getSystemTimerManager
  case t of
    Left e -> putStrLn ("timer manager: " ++ show (e :: IOException))
    Right _ -> putStrLn "a timer manager"
