-- Data.Version (makeVersion, showVersion, parseVersion, Eq on tag sets, Ord on
-- branches, Show), System.Info's compiler versions, Data.Unique's numbering.
{-# OPTIONS_GHC -Wno-deprecations #-}
import Data.Version
import Data.Unique
import System.Info
import Text.ParserCombinators.ReadP (readP_to_S)

main :: IO ()
main = do
  let v = makeVersion [1, 2, 3]
      w = Version [1, 2] ["b", "a"]
  print v
  print (showsPrec 11 w "")
  putStrLn (showVersion v ++ " " ++ showVersion w)
  print (versionBranch w, versionTags w)
  print (v == v, w == Version [1, 2] ["a", "b"], w == Version [1, 2] ["a"], compare v w, w < v, compare w (Version [1, 2] ["c"]), max v w)
  print (compilerName, compilerVersion, fullCompilerVersion, os, arch)
  print (versionBranch compilerVersion)
  u1 <- newUnique
  u2 <- newUnique
  print (u1 == u2, u1 < u2, compare u2 u1, hashUnique u2 - hashUnique u1)
  print (map fst (readP_to_S parseVersion "1.2.3-tag-x"))
