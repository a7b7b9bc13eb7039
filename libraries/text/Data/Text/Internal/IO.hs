{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.IO, the part -O1 callers
-- use: reading a line (through base's String handles) as text chunks.
module Data.Text.Internal.IO
  ( hGetLineWith,
    zz_hGetLineWith1,
  )
where

import Data.Text.Internal (Text (..))
import Data.Text.Show (pack)
import GHC.IO (IO (..))
import GHC.Exts (RealWorld, State#)
import System.IO (Handle)
import qualified System.IO as S

-- | A line of the handle as chunks, given to f.
hGetLineWith :: ([Text] -> t) -> Handle -> IO t
hGetLineWith f h = do
  l <- S.hGetLine h
  let t@(Text _ _ n) = pack l
  n `seq` return (f [t])

zz_hGetLineWith1 :: ([Text] -> t) -> Handle -> State# RealWorld -> (# State# RealWorld, t #)
zz_hGetLineWith1 f h s = case hGetLineWith f h of IO io -> io s
