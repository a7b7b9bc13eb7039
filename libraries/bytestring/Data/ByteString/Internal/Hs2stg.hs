-- hs2stg: helpers of our bytestring that are not the real package's. GHC
-- names the constants it floats out of a module after the module's
-- instances ($fReadByteString1 would be the Read [Char] dictionary here);
-- kept in this module of our own, they cannot take a name that GHC's -O1
-- code of the real package means otherwise.
module Data.ByteString.Internal.Hs2stg (readsString) where

readsString :: Int -> ReadS String
readsString = readsPrec
