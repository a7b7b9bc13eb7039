{-# LANGUAGE DeriveGeneric, TypeOperators, DataKinds #-}
-- GHC.Generics at -O1: the representation types' metadata instances
-- (Enum/Show/Read/Ix/Bounded of Associativity, SourceUnpackedness,
-- SourceStrictness, DecidedStrictness, Fixity), base's Generic instances
-- of tuples, Maybe and Either (from/to), and the Functor/Foldable-style
-- instances of the representation types.
import GHC.Generics
import Data.Ix (range, index, inRange)
import Control.Exception (ErrorCall (..), evaluate, try)

data T = A Int | B { name :: String, flag :: Bool } deriving (Show, Generic)

-- the message of an error call, or the value shown
caught :: Show a => a -> IO ()
caught x = do
  r <- try (evaluate x)
  putStrLn (either (\(ErrorCall m) -> "error: " ++ m) show r)

roundTrip :: (Generic a) => a -> a
roundTrip = to . from

main :: IO ()
main = do
  print [minBound .. maxBound :: Associativity]
  print (map fromEnum [LeftAssociative, RightAssociative, NotAssociative], toEnum 1 :: Associativity)
  print [minBound .. maxBound :: SourceUnpackedness]
  print [NoSourceStrictness ..]
  print [DecidedLazy, DecidedUnpack ..]
  print (succ DecidedLazy, pred DecidedUnpack, [SourceLazy ..])
  print (read "LeftAssociative" :: Associativity, read " [DecidedStrict,DecidedLazy]" :: [DecidedStrictness])
  print (reads "Infix RightAssociative 5 rest" :: [(Fixity, String)])
  print (read "Prefix" :: Fixity, Prefix, Infix LeftAssociative 9, prec (Infix NotAssociative 4))
  print (range (LeftAssociative, NotAssociative), index (NoSourceUnpackedness, SourceUnpack) SourceUnpack, inRange (SourceLazy, SourceStrict) NoSourceStrictness)
  print (compare LeftAssociative RightAssociative, DecidedStrict == DecidedStrict, max SourceNoUnpack SourceUnpack)
  print (roundTrip (1 :: Int, 'x'), roundTrip (1 :: Int, 'x', True), roundTrip (Just "m"), roundTrip (Left 3 :: Either Int Bool))
  print (roundTrip (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int), roundTrip (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int), roundTrip ((), [1 :: Int]))
  print (roundTrip (B "n" True), roundTrip [1 :: Int, 2])
  print (fmap (+ 1) (Par1 (2 :: Int)), unK1 (fmap length (K1 "k" :: K1 R String [Int])), unComp1 (fmap (* 2) (Comp1 [Just (3 :: Int)])))
  print (sum (Par1 (4 :: Int)), foldr (:) [] (L1 (Par1 'a') :: (Par1 :+: Par1) Char), length (Par1 'x' :*: Par1 'y'))
  print (Par1 'p', Rec1 (Just 'r'), U1 :: U1 Int, M1 (K1 'm') :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) (K1 R Char) ())
  print (datatypeName (from (A 1)), conName (undefined :: M1 C ('MetaCons "B" 'PrefixI 'True) U1 ()), selName (undefined :: M1 S ('MetaSel ('Just "name") 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) U1 ()))
  caught (pred LeftAssociative)
  caught (succ NotAssociative)
  caught (pred DecidedLazy)
  caught (succ DecidedUnpack)
  caught (pred NoSourceStrictness)
  caught (succ SourceStrict)
  caught (pred NoSourceUnpackedness)
  caught (succ SourceUnpack)
  caught (toEnum 7 :: SourceStrictness)
  caught (index (LeftAssociative, RightAssociative) NotAssociative)
  print ([RightAssociative ..], [SourceNoUnpack ..], [DecidedStrict ..], [SourceLazy, SourceStrict ..])
