{-# LANGUAGE MagicHash, TypeOperators, DataKinds #-}
-- GHC.Generics: metadata enumerations (Associativity, ...), Fixity, Read of the representation types, URec
import GHC.Generics
import GHC.Exts
import Control.Exception
import Data.Char (GeneralCategory (..))
t :: String -> a -> IO ()
t l x = do { r <- try (evaluate x); case r of { Left e -> putStrLn (l ++ " ERR " ++ show (e :: ErrorCall)); Right _ -> putStrLn (l ++ " ok") } }
main :: IO ()
main = do
  print [minBound .. maxBound :: Associativity]
  print ([minBound .. maxBound :: SourceUnpackedness], [minBound .. maxBound :: SourceStrictness], [DecidedLazy ..])
  print (succ LeftAssociative, pred DecidedUnpack, fromEnum SourceStrict, toEnum 1 :: SourceStrictness)
  t "succ" (succ NotAssociative)
  t "pred" (pred NoSourceUnpackedness)
  t "toEnum" (toEnum 5 :: SourceStrictness)
  t "toEnumD" (toEnum (-1) :: DecidedStrictness)
  print (LeftAssociative < NotAssociative, compare DecidedStrict DecidedLazy, SourceLazy == SourceLazy, max NoSourceUnpackedness SourceUnpack)
  print (read "RightAssociative" :: Associativity, read " ( SourceNoUnpack ) " :: SourceUnpackedness, read "[SourceLazy,SourceStrict]" :: [SourceStrictness], read "DecidedUnpack" :: DecidedStrictness)
  print (reads "Nonsense" :: [(Associativity, String)])
  print (Infix LeftAssociative 5 == Infix LeftAssociative 5, Prefix < Infix NotAssociative 0, compare (Infix RightAssociative 1) (Infix LeftAssociative 9))
  print (read "Infix LeftAssociative 5" :: Fixity, read "[Prefix,(Infix NotAssociative (-3))]" :: [Fixity])
  print (map (\x -> to (from x) :: Associativity) [LeftAssociative, RightAssociative, NotAssociative], to (from (Infix RightAssociative 7)) :: Fixity)
  print (from SourceStrict, from (Infix NotAssociative 2), from Prefix)
  print (read "U1" :: U1 Int, read "Par1 {unPar1 = 3}" :: Par1 Int, read "K1 {unK1 = 'x'}" :: K1 R Char Int)
  print (read "M1 {unM1 = Par1 {unPar1 = True}}" :: M1 D (MetaData "x" "y" "z" 'False) Par1 Bool)
  print (read "L1 (Par1 {unPar1 = 1})" :: (Par1 :+: Par1) Int, read "R1 U1" :: (Par1 :+: U1) Int)
  print (read "Par1 {unPar1 = 1} :*: U1" :: (Par1 :*: U1) Int, read "Comp1 {unComp1 = Just [1,2]}" :: (Maybe :.: []) Int)
  print (read "Rec1 {unRec1 = Just 4}" :: Rec1 Maybe Int)
  print (UInt 5#, UInt (-5#), UWord 7##, UChar 'c'#, UFloat 1.5#, UDouble 2.25##, Just (UInt 3#))
  print (UInt 5# == UInt 5#, compare (UChar 'a'#) (UChar 'b'#), UDouble 1.0## < UDouble 0.5##, I# (uInt# (UInt 9#)), UWord 1## /= UWord 2##)
  print (fmap not (UInt 2#), fmap succ (Comp1 (Just [1, 2 :: Int])))
  print (Comp1 (Just (Par1 (1::Int))) == Comp1 (Just (Par1 1)), compare (Comp1 [Par1 (1 :: Int)]) (Comp1 [Par1 2]))
  print (to (from NotAssigned) == NotAssigned, to (from Space) == Space, from Surrogate)
