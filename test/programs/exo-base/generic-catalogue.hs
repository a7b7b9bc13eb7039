{-# LANGUAGE FlexibleContexts, FlexibleInstances, ScopedTypeVariables, TypeOperators, DeriveGeneric, DeriveFunctor, DataKinds #-}
-- A catalogue of base types described through GHC.Generics: constructor
-- names and counts from Rep, equality and order compared on the
-- representations (the Eq/Ord/Show instances of M1, K1, U1, :+:, :*:),
-- Generic1 functor work on Rep1 (Par1, Rec1, :.:), and the metadata types
-- (Fixity, Associativity, strictness) used as ordinary enumerations.
import GHC.Generics
import Data.Char (GeneralCategory (..), generalCategory)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Ord (Down (..))
import Data.Proxy (Proxy (..))
import Data.Ix (range, index, inRange, rangeSize)
import Control.Applicative ((<|>))

class ConNames f where
  conNames :: f p -> [String]
  conOf :: f p -> String

instance ConNames V1 where
  conNames _ = []
  conOf _ = "void"

instance (ConNames f, ConNames g) => ConNames (f :+: g) where
  conNames (_ :: (f :+: g) p) = conNames (undefined :: f p) ++ conNames (undefined :: g p)
  conOf (L1 x) = conOf x
  conOf (R1 x) = conOf x

instance Constructor c => ConNames (M1 C c f) where
  conNames (_ :: M1 C c f p) = [conName (undefined :: M1 C c f p)]
  conOf m = conName m ++ (if conIsRecord m then "{}" else "") ++ fixityTag (conFixity m)

instance ConNames f => ConNames (M1 D c f) where
  conNames (M1 x) = conNames x
  conOf (M1 x) = conOf x

fixityTag :: Fixity -> String
fixityTag Prefix = ""
fixityTag (Infix a p) = " infix " ++ show a ++ " " ++ show p

describe :: (Generic a, ConNames (Rep a)) => a -> String
describe x = conOf (from x) ++ " of " ++ show (length (conNames (from x)))

{-# NOINLINE sameShape #-}
sameShape :: (a -> a -> Bool) -> (a -> a -> Ordering) -> [a] -> [(Bool, Ordering)]
sameShape eq cmp xs = [(eq a b, cmp a b) | a <- xs, b <- xs]

{-# NOINLINE showRep #-}
showRep :: (Int -> a -> ShowS) -> [a] -> String
showRep sp xs = unwords [sp 11 x "" | x <- xs]

type Meta0 = 'MetaData "Box" "Main" "main" 'False
type MetaC = 'MetaCons "Box" 'PrefixI 'True
type MetaS = 'MetaSel ('Just "unBox") 'NoSourceUnpackedness 'SourceStrict 'DecidedStrict

gmap :: (Generic1 f, Functor (Rep1 f)) => (a -> b) -> f a -> f b
gmap g = to1 . fmap g . from1

data Shape a = Circle a | Rect a a | Poly [a] | Nested (Maybe a)
  deriving (Show, Generic, Generic1, Functor)

main :: IO ()
main = do
  let cats = [minBound .. maxBound :: GeneralCategory]
  putStrLn (unwords (map describe cats))
  print (map (generalCategory) "aZ1 ,\t\x300")
  putStrLn (unwords (map describe [False, True]))
  putStrLn (unwords (map describe [LT, EQ, GT]))
  putStrLn (unwords [describe (Just 'x'), describe (Nothing :: Maybe Int), describe (Left 1 :: Either Int Char), describe (Right 'r' :: Either Int Char)])
  putStrLn (unwords [describe "ab", describe ([] :: [Int]), describe (1 :| [2 :: Int]), describe (), describe ((1, 2) :: (Int, Int))])
  putStrLn (unwords [describe ('a', 'b', 'c'), describe ((), (), (), ()), describe (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int), describe (Down 'd'), describe (Proxy :: Proxy Int)])
  putStrLn (unwords [describe (Infix LeftAssociative 6), describe RightAssociative, describe SourceUnpack, describe SourceLazy, describe DecidedStrict])
  -- equality and order on the representations themselves
  let bools = map from [False, True]
      ords = map from [LT, EQ, GT]
      mays = map from [Nothing, Just 'a', Just 'b']
      eis = map from [Left 'x', Right True, Right False]
      pairs = map from [(1 :: Int, 'a'), (1, 'b'), (0, 'z')]
      units = [from ()]
  print (sameShape (==) compare bools)
  print (sameShape (/=) compare ords)
  print (sameShape (==) compare mays)
  print (sameShape (==) compare eis)
  print (sameShape (==) compare pairs)
  print (sameShape (==) compare units)
  print (map (\(a, b) -> (a < b, a <= b, a > b, a >= b, max a b == a, min a b == b)) [(x, y) | x <- mays, y <- mays])
  putStrLn (showRep showsPrec bools)
  putStrLn (showRep showsPrec mays)
  putStrLn (showRep showsPrec eis)
  putStrLn (showRep showsPrec pairs)
  putStrLn (showRep showsPrec units)
  print (map show mays, showList pairs "")
  -- Generic1: map and fold through Rep1
  let shapes = [Circle 2, Rect 3 4, Poly [1, 2, 3], Nested (Just 5), Nested Nothing] :: [Shape Int]
      r1 = map from1 shapes
  print (map (to1 . fmap (* 10)) r1 :: [Shape Int])
  print (map (to1 . (<$) 'k') r1 :: [Shape Char])
  print (map (gmap show) [Just 1, Nothing :: Maybe Int])
  print (gmap negate [1, 2, 3 :: Int], gmap succ ('a' :| "bc"), gmap (+ 1) (Right 3 :: Either Char Int))
  print (gmap (* 2) ("k", 21 :: Int), gmap not (Down True), gmap (+ 1) ('a', 'b', 1 :: Int), gmap (+ 1) ('a', 'b', 'c', 1 :: Int))
  -- the building blocks as functors, applicatives, monads and monoids
  print (fmap (+ 1) (Par1 (1 :: Int)), (+ 1) <$> Rec1 (Just (2 :: Int)), fmap (+ 1) (K1 'k' :: K1 R Char Int))
  print (unPar1 (Par1 (+ 3) <*> Par1 (4 :: Int)), unPar1 (Par1 1 *> Par1 'b'), unPar1 (Par1 'a' <* Par1 ()))
  print (unPar1 (pure 'p'), unPar1 (Par1 (5 :: Int) >>= \x -> Par1 (x * x)))
  print (unRec1 (Rec1 [1, 2 :: Int] >>= \x -> Rec1 [x, x * 10]), unRec1 (pure 'q' :: Rec1 Maybe Char))
  print (unRec1 (Rec1 [(+ 1), (* 2)] <*> Rec1 [10, 20 :: Int]), unRec1 (Rec1 Nothing <|> Rec1 (Just 'z')))
  print (unM1 (M1 (Just 3) >>= \x -> M1 (Just (x + 1 :: Int)) :: M1 D Meta0 Maybe Int), unM1 (M1 [1 :: Int] <|> M1 [2] :: M1 S MetaS [] Int))
  print (fmap (+ 1) (Comp1 [Just 1, Nothing, Just (3 :: Int)]), unComp1 (pure 'c' :: (Maybe :.: []) Char))
  print (fmap (* 2) (Just 1 :*: [2, 3 :: Int]), (Just (+ 1) :*: [(* 3)]) <*> (Just 1 :*: [2 :: Int]))
  print (fmap succ (L1 (Just 'a') :: (Maybe :+: []) Char), fmap succ (R1 "xy" :: (Maybe :+: []) Char))
  print (U1 <> (U1 :: U1 ()), mempty :: U1 Int, fmap id (U1 :: U1 Int), (U1 :: U1 Int) == U1, compare U1 (U1 :: U1 Int))
  print (Par1 "ab" <> Par1 "cd", K1 [1 :: Int] <> K1 [2] :: K1 R [Int] (), mempty :: Par1 String, (mempty, mempty) :: (K1 R String (), M1 C MetaC Par1 [Int]))
  print (Rec1 (Just "a") <> Rec1 (Just "b"), mempty :: Rec1 Maybe String)
  -- metadata types as enumerations
  print ([minBound .. maxBound :: Associativity], [minBound .. maxBound :: SourceUnpackedness], [minBound .. maxBound :: SourceStrictness], [minBound .. maxBound :: DecidedStrictness])
  print (map fromEnum [LeftAssociative, NotAssociative], toEnum 1 :: SourceStrictness, succ NoSourceUnpackedness, pred DecidedUnpack)
  print ([LeftAssociative ..], [SourceLazy ..], [DecidedLazy, DecidedUnpack ..], [NoSourceUnpackedness .. SourceUnpack])
  print (range (LeftAssociative, NotAssociative), index (NoSourceStrictness, SourceStrict) SourceLazy, inRange (DecidedLazy, DecidedStrict) DecidedUnpack, rangeSize (SourceNoUnpack, SourceUnpack))
  print (read "Infix RightAssociative 5" :: Fixity, read "[Prefix,Infix LeftAssociative 9]" :: [Fixity], read " NotAssociative" :: Associativity)
  print (read "SourceUnpack" :: SourceUnpackedness, read "(SourceLazy)" :: SourceStrictness, read "DecidedUnpack" :: DecidedStrictness)
  print (compare Prefix (Infix LeftAssociative 1), Infix LeftAssociative 2 < Infix RightAssociative 1, max (Infix NotAssociative 4) Prefix, Prefix == Prefix)
  print (compare SourceLazy SourceStrict, max SourceUnpack NoSourceUnpackedness, min DecidedLazy DecidedStrict, LeftAssociative /= RightAssociative)
  print (map prec [Prefix, Infix RightAssociative 3], showsPrec 11 (Infix LeftAssociative 2) "", show [DecidedLazy], showList [SourceNoUnpack] "")
  print (from (Infix LeftAssociative 4) == from (Infix LeftAssociative 4), to (from SourceStrict) :: SourceStrictness, to (from LeftAssociative) :: Associativity)
  print (to (from DecidedUnpack) :: DecidedStrictness, to (from SourceUnpack) :: SourceUnpackedness, to (from (Infix RightAssociative 1)) :: Fixity)


