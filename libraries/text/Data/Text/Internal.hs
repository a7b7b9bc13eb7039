{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal: the strict Text type, a
-- slice (offset, length in Word16 units) of an array of UTF-16 code units.
module Data.Text.Internal
  ( Text (..),
    text,
    textP,
    safe,
    empty,
    empty_,
    firstf,
    mul,
    mul32,
    mul64,
    zz_mul64zu,
    showText,
    mul12,
    mul15,
  )
where

import Control.Exception (ErrorCall (..), throw)
import Data.Bits (shiftL, shiftR, (.&.))
import Data.Char (ord)
import Data.Int (Int32, Int64)
import qualified Data.Text.Array as A
import GHC.Stack.Types (CallStack (..), SrcLoc (..))

data Text = Text {-# UNPACK #-} !A.Array {-# UNPACK #-} !Int {-# UNPACK #-} !Int

text :: A.Array -> Int -> Int -> Text
text arr off len = Text arr off len

-- | Like text, but the empty text for a zero length.
textP :: A.Array -> Int -> Int -> Text
textP arr off len
  | len == 0 = empty
  | otherwise = text arr off len

empty :: Text
empty = Text A.empty 0 0
{-# NOINLINE empty #-}

empty_ :: Text
empty_ = Text A.empty 0 0

-- | Surrogate code points cannot be stored: they become U+FFFD.
safe :: Char -> Char
safe c
  | ord c .&. 0x1ff800 /= 0xd800 = c
  | otherwise = '\xfffd'

firstf :: (a -> c) -> Maybe (a, b) -> Maybe (c, b)
firstf f (Just (a, b)) = Just (f a, b)
firstf _ Nothing = Nothing

showText :: Text -> String
showText (Text arr off len) =
  "Text " ++ show (A.toList arr off len) ++ " " ++ show off ++ " " ++ show len

-- | Multiplication that fails on overflow.
mul :: Int -> Int -> Int
mul a b = fromIntegral (mul64 (fromIntegral a) (fromIntegral b))

infixl 7 `mul`, `mul32`, `mul64`

mul64 :: Int64 -> Int64 -> Int64
mul64 a b
  | a >= 0 && b >= 0 = zz_mul64zu a b
  | a >= 0 = negate (zz_mul64zu a (negate b))
  | b >= 0 = negate (zz_mul64zu (negate a) b)
  | otherwise = zz_mul64zu (negate a) (negate b)

-- | mul64_, the product of two non-negative numbers from their 32-bit
-- halves; each overflow is text's error at its own source line (153: both
-- high halves set, 154: the middle term too large, 155: the sum negative).
zz_mul64zu :: Int64 -> Int64 -> Int64
zz_mul64zu a b
  | ahi > 0 && bhi > 0 = overflowError "153:26"
  | top > 0x7fffffff = overflowError "154:26"
  | total < 0 = overflowError "155:26"
  | otherwise = total
  where
    ahi = a `shiftR` 32
    alo = a .&. 0xffffffff
    bhi = b `shiftR` 32
    blo = b .&. 0xffffffff
    top = ahi * blo + alo * bhi
    total = (top `shiftL` 32) + alo * blo

mul32 :: Int32 -> Int32 -> Int32
mul32 a b
  | r > toInteger (maxBound :: Int32) || r < toInteger (minBound :: Int32) = overflowError "167:48"
  | otherwise = fromInteger r
  where
    r = toInteger a * toInteger b

-- | text's overflow error, raised at this line:column of its source.
overflowError :: String -> a
overflowError at =
  throw
    ( ErrorCallWithLocation
        "overflow"
        ("CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Internal.hs:" ++ at ++ " in text-1.2.5.0:Data.Text.Internal")
    )

-- | The call stacks of text's overflow errors in mul (what -O1 callers pass
-- to errorWithCallStack: text-1.2.5.0's source lines 154 and 155).
mul12, mul15 :: CallStack
mul12 = mulStack 154
mul15 = mulStack 155

mulStack :: Int -> CallStack
mulStack line =
  PushCallStack
    "error"
    (SrcLoc "text-1.2.5.0" "Data.Text.Internal" "libraries/text/src/Data/Text/Internal.hs" line 26 line 42)
    EmptyCallStack
