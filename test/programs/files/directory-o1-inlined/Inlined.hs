{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- directory's internals that only its own code calls, reached by -O1 code
-- that inlines removeDirectoryRecursive and renameDirectory (a high
-- unfolding threshold): the cases by the path's kind and their errors.
-- (Only those two are called here: the inlined forms of the others name
-- unix's internals.)
module Inlined (removeRecursive, renameDir) where

import System.Directory (removeDirectoryRecursive, renameDirectory)

-- (each a saturated call in a do block, which GHC inlines)
removeRecursive :: FilePath -> IO ()
removeRecursive p = do
  removeDirectoryRecursive p
  pure ()

renameDir :: FilePath -> FilePath -> IO ()
renameDir a b = do
  renameDirectory a b
  pure ()
