-- Trace.Hpc.Util (hpc-0.6.1.0), clean-room: source spans (line:column
-- pairs), the 32-bit hashes hpc keeps in .tix and .mix files (the
-- combining rules the interface file's unfoldings give), UTF-8 file
-- reading and writing. HpcPos's fields are UNPACKed as in the installed
-- package (GHC honours UNPACK at -O0 only with interface pragmas on), so
-- an HpcPos built by -O1 user code is ours.
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
{-# LANGUAGE UnboxedTuples #-}
module Trace.Hpc.Util
  ( HpcPos, fromHpcPos, toHpcPos, insideHpcPos
  , HpcHash (..), Hash
  , catchIO, readFileUtf8, writeFileUtf8
  , zz_zdfReadHashzugo1, zz_zdwzdcreadsPrec
  ) where

import Control.Exception (IOException, catch, evaluate)
import Data.Bits (xor)
import Data.Char (ord)
import Data.Word (Word32)
import System.IO

data HpcPos = P {-# UNPACK #-} !Int {-# UNPACK #-} !Int {-# UNPACK #-} !Int {-# UNPACK #-} !Int
  deriving (Eq, Ord)

fromHpcPos :: HpcPos -> (Int, Int, Int, Int)
fromHpcPos (P l1 c1 l2 c2) = (l1, c1, l2, c2)

toHpcPos :: (Int, Int, Int, Int) -> HpcPos
toHpcPos (l1, c1, l2, c2) = P l1 c1 l2 c2

-- Whether the first span lies within the second.
insideHpcPos :: HpcPos -> HpcPos -> Bool
insideHpcPos small big = start big <= start small && end small <= end big
  where
    start (P l c _ _) = (l, c)
    end (P _ _ l c) = (l, c)

-- `l1:c1-l2:c2`
instance Show HpcPos where
  show (P l1 c1 l2 c2) = show l1 ++ ":" ++ show c1 ++ "-" ++ show l2 ++ ":" ++ show c2
  showsPrec _ pos rest = show pos ++ rest

-- Reads `l1:c1-l2:c2` or `l:c` up to a comma (which stays in the rest).
instance Read HpcPos where
  readsPrec _ str = case zz_zdwzdcreadsPrec str of (# r, rs #) -> r : rs

-- The package's -O1 internals: HpcPos's reader (one answer) and Hash's
-- answers from Word32's.
zz_zdwzdcreadsPrec :: String -> (# (HpcPos, String), [(HpcPos, String)] #)
zz_zdwzdcreadsPrec str = (# (toHpcPos (read l1, read c1, read l2, read c2), rest), [] #)
    where
      (pos, rest) = break (== ',') str
      (from, to) = case break (== '-') pos of
        (a, '-' : b) -> (a, b)
        (a, "") -> (a, a)
        _ -> error "bad parse"
      (l1, c1) = lineCol from
      (l2, c2) = lineCol to
      lineCol s = case break (== ':') s of
        (l, ':' : c) -> (l, c)
        _ -> error "bad parse"

newtype Hash = Hash Word32
  deriving (Eq)

instance Show Hash where
  showsPrec p (Hash w) = showsPrec p w

instance Read Hash where
  readsPrec p s = zz_zdfReadHashzugo1 (readsPrec p s)

zz_zdfReadHashzugo1 :: [(Word32, String)] -> [(Hash, String)]
zz_zdfReadHashzugo1 rs = [(Hash w, r) | (w, r) <- rs]

instance Num Hash where
  Hash a + Hash b = Hash (a + b)
  Hash a - Hash b = Hash (a - b)
  Hash a * Hash b = Hash (a * b)
  negate (Hash a) = Hash (negate a)
  abs h = h
  signum (Hash a) = Hash (signum a)
  fromInteger n = Hash (fromInteger n)

class HpcHash a where
  toHash :: a -> Hash

instance HpcHash Int where
  toHash n = Hash (fromIntegral n)

instance HpcHash Integer where
  toHash n = fromInteger n

instance HpcHash Char where
  toHash c = Hash (fromIntegral (ord c))

instance HpcHash Bool where
  toHash False = 0
  toHash True = 1

-- djb2 over the elements' hashes (times 33, xor), from 5381.
instance HpcHash a => HpcHash [a] where
  toHash = go 5381
    where
      go h [] = h
      go (Hash h) (y : ys) = go (Hash (w (toHash y) `xor` (h * 33))) ys
      w (Hash x) = x

instance (HpcHash a, HpcHash b) => HpcHash (a, b) where
  toHash (a, b) = Hash ((w (toHash a) * 33) `xor` w (toHash b))
    where
      w (Hash x) = x

instance HpcHash HpcPos where
  toHash (P l1 c1 l2 c2) = Hash (fromIntegral (l1 * 0x1000000 + c1 * 0x10000 + l2 * 0x100 + c2))

catchIO :: IO a -> (IOException -> IO a) -> IO a
catchIO = catch

-- The whole file, read strictly (the file is closed after).
readFileUtf8 :: FilePath -> IO String
readFileUtf8 filepath = withBinaryFile filepath ReadMode $ \h -> do
  hSetEncoding h utf8
  contents <- hGetContents h
  _ <- evaluate (length contents)
  return contents

writeFileUtf8 :: FilePath -> String -> IO ()
writeFileUtf8 filepath txt = withFile filepath WriteMode $ \h -> do
  hSetEncoding h utf8
  hPutStr h txt
