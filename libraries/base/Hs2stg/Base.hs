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
    fromRatWith,
    tryFillBuffer,
    newEncodedCString,
    peekEncodedCString,
    peekEncodedCStringLen,
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
import Data.Ratio (denominator, numerator)
import Data.Word (Word64, Word8)
import Control.Exception (finally)
import Foreign.C.String (CString)
import Foreign.Marshal.Alloc (free)
import qualified GHC.Foreign
import GHC.IO.Encoding (TextEncoding)
import GHC.IO.Buffer (Buffer (..), BufferState (..), emptyBuffer, isEmptyBuffer, newCharBuffer, readCharBuf, writeWord8Buf)
-- (our GHC.IO.Encoding.Types, libraries/base, whose TextEncoding is GHC's
-- record under another type: the real one is GHC.IO.Encoding's)
import GHC.IO.Encoding.Types (BufferCodec (..), CodingProgress (..), TextEncoder)
import qualified GHC.IO.Encoding.Types as Types
import Control.Exception (bracket)
import Foreign.Marshal.Alloc (mallocBytes)
import Foreign.Marshal.Array (lengthArray0, withArrayLen)
import GHC.ForeignPtr (newForeignPtr_)
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

-- fromRat' from the RealFloat methods it needs (its -O1 worker's
-- arguments: floatRadix, floatDigits, floatRange, encodeFloat): the
-- nearest value, ties to even, subnormal below the normal range
-- (encodeFloat's result is infinite above it).
fromRatWith ::
  (a -> Integer) -> (a -> Int) -> (a -> (Int, Int)) -> (Integer -> Int -> a) -> Rational -> a
fromRatWith radixOf digitsOf rangeOf encode x
  | n == 0 = encode 0 0
  | n < 0 = encode (negate m) e
  | otherwise = encode m e
  where
    n = numerator x
    d = denominator x
    -- the methods ignore their argument (a value of the type)
    it = errorWithoutStackTrace "fromRat': the methods' argument"
    b = radixOf it
    p = digitsOf it
    (emin, _) = rangeOf it
    an = abs n
    -- an / d = num / den * b^e
    scaled k = if k >= 0 then (an, d * b ^ k) else (an * b ^ negate k, d)
    lo = b ^ (p - 1)
    hi = b ^ p
    fit k
      | num < lo * den = fit (k - 1)
      | num >= hi * den = fit (k + 1)
      | otherwise = k
      where
        (num, den) = scaled k
    e = max (fit (ilog b an - ilog b d - (p - 1))) (emin - p)
    m = let (num, den) = scaled e in roundHalfEven num den

-- GHC.Foreign's buffer step (its newCStringLen1, which -O1 code calls
-- after inlining newCString/newCStringLen/withCString...): encodes all of
-- the characters into the size bytes at the pointer, with a NUL after them
-- when asked; Nothing when they do not fit (the caller tries a bigger
-- buffer), else the byte buffer (its bufR: the bytes, without the NUL).
-- Characters the encoder cannot take go through its recover.
tryFillBuffer :: TextEncoder dstate -> Bool -> Buffer Char -> Ptr Word8 -> Int -> IO (Maybe (Buffer Word8))
tryFillBuffer encoder nul chars out size = do
  fp <- newForeignPtr_ out
  step chars (emptyBuffer fp size WriteBuffer)
  where
    step from to = do
      (progress, from', to') <- encode encoder from to
      case progress of
        InputUnderflow
          | not (isEmptyBuffer from') ->
              errorWithoutStackTrace "GHC.Foreign: the encoder stopped before the end of its input"
          | not nul -> return (Just to')
          | bufR to' < bufSize to' -> do
              writeWord8Buf (bufRaw to') (bufR to') 0
              return (Just to')
          | otherwise -> return Nothing
        OutputUnderflow -> return Nothing
        InvalidSequence -> do
          (from'', to'') <- recover encoder from' to'
          step from'' to''

-- GHC.Foreign's C strings in an encoding without a shortcut of ours (the
-- GHC.Foreign+*.stg files take UTF-8 and char8 directly): the string
-- encoded through the encoding's encoder into malloc'd memory, tried at the
-- string's length plus one byte and doubled until it fits; with a NUL after
-- the bytes when asked. Gives the bytes' address and count. The encoder's
-- state carries over from a try that did not fit to the next, as in GHC:
-- a byte-order mark written by the first try is not written again (GHC's
-- UTF-16 and UTF-32 C strings have none).
newEncodedCString :: Types.TextEncoding -> Bool -> String -> IO (Ptr Word8, Int)
newEncodedCString (Types.TextEncoding _ _ mkEncoder) nul str =
  bracket mkEncoder close $ \encoder -> withArrayLen str $ \n cp -> do
    cfp <- newForeignPtr_ cp
    let chars = (emptyBuffer cfp n ReadBuffer) {bufR = n}
        attempt size = do
          out <- mallocBytes size
          r <- tryFillBuffer encoder nul chars out size
          case r of
            Just to -> return (out, bufR to)
            Nothing -> free out >> attempt (2 * size)
    attempt (n + 1)

-- The characters of the count bytes at the address, through the
-- encoding's decoder; invalid bytes, and an unfinished sequence at the end,
-- go through its recover (which raises GHC's error for most encodings).
peekEncodedCStringLen :: Types.TextEncoding -> (Ptr Word8, Int) -> IO String
peekEncodedCStringLen (Types.TextEncoding _ mkDecoder _) (p, len) =
  bracket mkDecoder close $ \decoder -> do
    bfp <- newForeignPtr_ p
    out <- newCharBuffer (max 1 len) WriteBuffer
    let drain to i acc
          | i >= bufR to = return acc
          | otherwise = do
              (c, i') <- readCharBuf (bufRaw to) i
              drain to i' (c : acc)
        step from acc = do
          (progress, from', to) <- encode decoder from out
          acc' <- drain to (bufL to) acc
          case progress of
            InputUnderflow | isEmptyBuffer from' -> return (reverse acc')
            OutputUnderflow -> step from' acc'
            _ -> do
              (from'', to') <- recover decoder from' to
              acc'' <- drain to' (bufR to) acc'
              step from'' acc''
    step ((emptyBuffer bfp len ReadBuffer) {bufR = len}) []

-- The same up to the first NUL byte.
peekEncodedCString :: Types.TextEncoding -> Ptr Word8 -> IO String
peekEncodedCString enc p = do
  len <- lengthArray0 0 p
  peekEncodedCStringLen enc (p, len)

-- floor (log_b k) for k >= 1, by squaring the base
ilog :: Integer -> Integer -> Int
ilog b k
  | k < b = 0
  | otherwise = if k `quot` ((b * b) ^ e) >= b then 2 * e + 1 else 2 * e
  where
    e = ilog (b * b) k

-- num / den rounded to the nearest integer, ties to even
roundHalfEven :: Integer -> Integer -> Integer
roundHalfEven num den = case compare (2 * r) den of
  LT -> q
  GT -> q + 1
  EQ -> if even q then q else q + 1
  where
    (q, r) = quotRem num den

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
