-- hs2stg's own part of containers-0.6.4.1's
-- Utils.Containers.Internal.StrictMaybe: the errors of its Foldable
-- instance's foldl1 and foldr1 on NothingS, which the instance's -O1
-- methods name (the rest of the module comes from its interface file:
-- scripts/gen-o1-library-names.mjs and gen-o1-library-core.mjs).
module Utils.Containers.Internal.StrictMaybe where

zz_zdfFoldableMaybeS3 :: a
zz_zdfFoldableMaybeS3 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableMaybeS4 :: a
zz_zdfFoldableMaybeS4 = errorWithoutStackTrace "foldr1: empty structure"
