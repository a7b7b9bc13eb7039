{-# LANGUAGE DataKinds, FlexibleInstances, GADTs, MultiParamTypeClasses, TypeApplications, TypeOperators #-}
-- One-method classes of base: Data.Type.Equality's testEquality (at (:~:),
-- (:~~:) and TypeRep) and GHC.Records' getField. (IsLabel instances are
-- not tested: the dump parser does not read their names, `$fIsLabel"x"T`.)
import Data.Type.Equality
import GHC.Records (getField)
import Type.Reflection (typeRep)

data Person = Person {name :: String, age :: Int}

main :: IO ()
main = do
  print (fmap (const "same") (testEquality (Refl :: Int :~: Int) (Refl :: Int :~: Int)))
  print (fmap (const "same") (testEquality (HRefl :: Bool :~~: Bool) (HRefl :: Bool :~~: Bool)))
  print (fmap (const "same") (testEquality (typeRep @Int) (typeRep @Int)), fmap (const "same") (testEquality (typeRep @Int) (typeRep @Bool)))
  print (case testEquality (typeRep @[Char]) (typeRep @String) of Just Refl -> "String is [Char]"; Nothing -> "different")
  let p = Person "Ada" 36
  putStrLn (getField @"name" p ++ " " ++ show (getField @"age" p))
