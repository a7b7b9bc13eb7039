-- Base functions of hand-written prelude modules (GHC.Enum, GHC.Show,
-- GHC.Unicode, GHC.Real, Data.Bool, GHC.Fingerprint), written
-- in Haskell from their documentation and observed behaviour (the error
-- texts, the line splitting of showMultiLineString, Unicode 12.1.0).
-- preludes/base/<Module>+Extra.stg give each its GHC name. A module of our
-- own (hs2stg's), compiled into preludes/base/Hs2stg.Base.stg by
-- scripts/gen-library-preludes.mjs.
module Hs2stg.Base
  ( toEnumError,
    fromEnumError,
    toEnumErrorWith,
    fromEnumErrorWith,
    showMultiLineGo,
    protectEsc,
    showMultiLineString,
    wgencat,
    unicodeVersion,
    naturalFromInt,
    rationalPower,
    rationalPowerSigned,
    bool,
    fingerprintString,
    fingerprintBytes,
    getFileHash,
    getHandleHash,
    withCStringsLen,
    ReadVersion,
    readVersionBody,
    expt,
    expts,
    expts10,
    fromRat',
    log1mexpOrd,
    roundTo,
    compareBlockReason,
    eqBlockReason,
    compareThreadStatus,
    eqThreadStatus,
    fpSizeOf,
    fpAlignment,
    fpPeekElemOff,
    fpPokeElemOff,
    fpPeekByteOff,
    fpPokeByteOff,
    fpPeek,
    fpPoke,
  )
where

import Data.Bits (shiftL, shiftR, (.|.))
import Data.Char (ord)
import Data.Word (Word64, Word8)
import Control.Exception (finally)
import Foreign.C.String (CString)
import Foreign.Marshal.Alloc (free)
import Foreign.Marshal.Array (withArrayLen)
import qualified GHC.Foreign
import GHC.IO.Encoding (TextEncoding)
import Foreign.Ptr (Ptr, castPtr, plusPtr)
import Foreign.Storable (peekByteOff, pokeByteOff)
import GHC.Fingerprint (Fingerprint (..), fingerprintData)
import System.IO (Handle, IOMode (ReadMode), hGetContents, withBinaryFile)
import System.IO.Unsafe (unsafeDupablePerformIO)

import Data.Char (GeneralCategory (NotAssigned), chr, generalCategory)
import Data.Version (Version (..), makeVersion)
import GHC.Arr (Array, listArray)
import GHC.Conc.Sync (BlockReason (..), ThreadStatus (..))
import GHC.Read (expectP, readField, readListDefault, readListPrecDefault)
import Text.ParserCombinators.ReadPrec (ReadPrec, prec, reset)
import Text.Read (Lexeme (Ident, Punc), Read (..), parens)
import GHC.Show (showLitString)
import Numeric (expm1, log1p)
import Numeric.Natural (Natural)

-- "Enum.toEnum{T}: tag (i) is outside of bounds (lo,hi)"; the -With forms
-- take the Show method instead of the dictionary (GHC's workers)
toEnumError :: Show a => String -> Int -> (a, a) -> b
toEnumError ty i (lo, hi) = toEnumErrorWith showsPrec ty i lo hi

toEnumErrorWith :: (Int -> a -> ShowS) -> String -> Int -> a -> a -> b
toEnumErrorWith sp ty i lo hi =
  errorWithoutStackTrace
    ( "Enum.toEnum{" ++ ty ++ "}: tag (" ++ show i ++ ") is outside of bounds ("
        ++ sp 0 lo ("," ++ sp 0 hi ")")
    )

fromEnumError :: Show a => String -> a -> b
fromEnumError = fromEnumErrorWith show

fromEnumErrorWith :: (a -> String) -> String -> a -> b
fromEnumErrorWith sh ty x =
  errorWithoutStackTrace
    ( "Enum.fromEnum{" ++ ty ++ "}: value (" ++ sh x ++ ") is outside of Int's bounds "
        ++ show (minBound :: Int, maxBound :: Int)
    )

-- f, then "\&" when what follows starts with a character p accepts
protectEsc :: (Char -> Bool) -> ShowS -> ShowS
protectEsc p f = f . guard
  where
    guard s@(c : _) | p c = "\\&" ++ s
    guard s = s

-- A string literal split after each "\n" escape: every line but the last
-- ends in a backslash, and the lines after the first start with one.
showMultiLineString :: String -> [String]
showMultiLineString = showMultiLineGo '"'

-- the lines from one starting with the given character
showMultiLineGo :: Char -> String -> [String]
showMultiLineGo start s = case break (== '\n') s of
  (line, '\n' : rest@(_ : _)) -> (start : showLitString line "\\n\\") : showMultiLineGo '\\' rest
  (line, "\n") -> [start : showLitString line "\\n\""]
  (line, _) -> [start : showLitString line "\""]

-- the general category's number of a code point (NotAssigned outside them)
wgencat :: Int -> Int
wgencat n
  | n < 0 || n > 0x10FFFF = fromEnum NotAssigned
  | otherwise = fromEnum (generalCategory (chr n))

unicodeVersion :: Version
unicodeVersion = makeVersion [12, 1, 0]

-- a negative Int is an arithmetic underflow
naturalFromInt :: Int -> Natural
naturalFromInt = fromIntegral

-- GHC.Real's (^%^) and (^^%^^): (^) and (^^) on Rational
rationalPower :: Integral a => Rational -> a -> Rational
rationalPower = (^)

rationalPowerSigned :: Integral a => Rational -> a -> Rational
rationalPowerSigned = (^^)

bool :: a -> a -> Bool -> a
bool f _ False = f
bool _ t True = t

-- the MD5 of the code points, each as 4 big-endian bytes (observed)
fingerprintString :: String -> Fingerprint
fingerprintString str = unsafeDupablePerformIO (withArrayLen (fingerprintBytes str) (\n p -> fingerprintData p n))

fingerprintBytes :: String -> [Word8]
fingerprintBytes = concatMap (\c -> let w = ord c in map (\k -> fromIntegral (w `shiftR` k)) [24, 16, 8, 0])

-- the MD5 of a file's bytes
getFileHash :: FilePath -> IO Fingerprint
getFileHash path = withBinaryFile path ReadMode getHandleHash

getHandleHash :: Handle -> IO Fingerprint
getHandleHash h = do
  text <- hGetContents h
  withArrayLen (map (fromIntegral . ord) text :: [Word8]) (\n p -> fingerprintData p n)

-- Storable Fingerprint (Foreign.Storable+Fingerprint.stg builds the
-- dictionary): 16 bytes, the two halves big-endian, aligned to 8 (observed)
fpSizeOf, fpAlignment :: Fingerprint -> Int
fpSizeOf _ = 16
fpAlignment _ = 8

fpPeek :: Ptr Fingerprint -> IO Fingerprint
fpPeek p = do
  bytes <- mapM (\i -> peekByteOff p i) [0 .. 15] :: IO [Word8]
  let word = foldl (\acc b -> (acc `shiftL` 8) .|. fromIntegral b) (0 :: Word64)
  return (Fingerprint (word (take 8 bytes)) (word (drop 8 bytes)))

fpPoke :: Ptr Fingerprint -> Fingerprint -> IO ()
fpPoke p (Fingerprint hi lo) =
  mapM_
    (\(i, w, k) -> pokeByteOff p i (fromIntegral (w `shiftR` k) :: Word8))
    [(i, w, k) | (base, w) <- [(0, hi), (8, lo)], (j, k) <- zip [0 ..] [56, 48 .. 0], let i = base + j]

fpPeekElemOff :: Ptr Fingerprint -> Int -> IO Fingerprint
fpPeekElemOff p i = fpPeek (p `plusPtr` (16 * i))

fpPokeElemOff :: Ptr Fingerprint -> Int -> Fingerprint -> IO ()
fpPokeElemOff p i = fpPoke (p `plusPtr` (16 * i))

fpPeekByteOff :: Ptr b -> Int -> IO Fingerprint
fpPeekByteOff p off = fpPeek (castPtr p `plusPtr` off)

fpPokeByteOff :: Ptr b -> Int -> Fingerprint -> IO ()
fpPokeByteOff p off = fpPoke (castPtr p `plusPtr` off)

-- GHC.Foreign's withCStringsLen: the strings as C strings in the encoding,
-- an array of them, freed after the action
withCStringsLen :: TextEncoding -> [String] -> (Int -> Ptr CString -> IO a) -> IO a
withCStringsLen enc strs act = do
  ptrs <- mapM (GHC.Foreign.newCString enc) strs
  withArrayLen ptrs act `finally` mapM_ free ptrs

-- Data.Version's Read instance, as derived: `Version {versionBranch = ...,
-- versionTags = ...}` at precedence 11 (a newtype: its dictionary is
-- Read Version's, Data.Version+Read.stg)
newtype ReadVersion = ReadVersion Version

instance Read ReadVersion where
  readPrec = parens readVersionBody

  readListPrec = readListPrecDefault
  readList = readListDefault

-- The derived reader inside `parens`: -O1 code calls it as
-- Data.Version.$fReadVersion2 (and its worker on an unboxed precedence,
-- Data.Version+ReadO1.stg)
readVersionBody :: ReadPrec ReadVersion
readVersionBody = prec 11 $ do
  expectP (Ident "Version")
  expectP (Punc "{")
  branch <- readField "versionBranch" (reset readPrec)
  expectP (Punc ",")
  tags <- readField "versionTags" (reset readPrec)
  expectP (Punc "}")
  return (ReadVersion (Version branch tags))

-- GHC.Conc.Sync's derived Eq and Ord of BlockReason and ThreadStatus
-- (constructor order, then ThreadBlocked's reason); GHC.Conc.Sync+Classes.stg
-- builds the dictionaries
blockReasonIndex :: BlockReason -> Int
blockReasonIndex r = case r of
  BlockedOnMVar -> 0
  BlockedOnBlackHole -> 1
  BlockedOnException -> 2
  BlockedOnSTM -> 3
  BlockedOnForeignCall -> 4
  BlockedOnOther -> 5

compareBlockReason :: BlockReason -> BlockReason -> Ordering
compareBlockReason a b = compare (blockReasonIndex a) (blockReasonIndex b)

eqBlockReason :: BlockReason -> BlockReason -> Bool
eqBlockReason a b = compareBlockReason a b == EQ

compareThreadStatus :: ThreadStatus -> ThreadStatus -> Ordering
compareThreadStatus (ThreadBlocked a) (ThreadBlocked b) = compareBlockReason a b
compareThreadStatus a b = compare (index a) (index b)
  where
    index s = case s of
      ThreadRunning -> 0 :: Int
      ThreadFinished -> 1
      ThreadBlocked _ -> 2
      ThreadDied -> 3

eqThreadStatus :: ThreadStatus -> ThreadStatus -> Bool
eqThreadStatus a b = compareThreadStatus a b == EQ

-- GHC.Float's power tables (2^0 .. 2^1100, 10^0 .. 10^324: their bounds
-- observed) and expt base n = base ^ n
expts :: Array Int Integer
expts = listArray (0, 1100) [2 ^ n | n <- [0 .. 1100 :: Int]]

expts10 :: Array Int Integer
expts10 = listArray (0, 324) [10 ^ n | n <- [0 .. 324 :: Int]]

expt :: Integer -> Int -> Integer
expt base n = base ^ n

-- GHC.Float's fromRat': the nearest value of the type (fromRational)
fromRat' :: RealFloat a => Rational -> a
fromRat' = fromRational

-- log (1 - exp a) for a <= 0, through expm1 near 0 and log1p further out
log1mexpOrd :: (Ord a, Floating a) => a -> a
log1mexpOrd a
  | a > negate (log 2) = log (negate (expm1 a))
  | otherwise = log1p (negate (exp a))

-- GHC.Float's roundTo base n digits: the digits (most significant first)
-- rounded to n of them, with the carry out of the first one; after a carry
-- the digits start with that 1 (n + 1 of them). A tail of exactly half a
-- unit rounds to the even neighbour (observed); missing digits are zeros.
roundTo :: Int -> Int -> [Int] -> (Int, [Int])
roundTo base n digits = case go n True digits of
  (0, ds) -> (0, ds)
  (c, ds) -> (c, c : ds)
  where
    half = base `quot` 2
    -- `evenBefore`: the digit kept last is even
    go k _ [] = (0, replicate k 0)
    go 0 evenBefore (d : rest)
      | d == half && evenBefore && all (== 0) rest = (0, [])
      | d >= half = (1, [])
      | otherwise = (0, [])
    go k _ (d : rest) =
      let (c, ds) = go (k - 1) (even d) rest
          d' = d + c
       in if d' == base then (1, 0 : ds) else (0, d' : ds)
