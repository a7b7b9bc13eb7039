-- | Clean-room System.FilePath for hs2stg (filepath-1.4.2.1's API): on
-- Linux it is System.FilePath.Posix.
module System.FilePath (module System.FilePath.Posix) where

import System.FilePath.Posix
